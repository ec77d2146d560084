import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

/** Long enough to be unique, short and plain enough that it can neither forge nor bloat a log line. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * The id a request is logged under. One set by a proxy in front (nginx's $request_id, a load balancer's) is
 * kept, so its log lines and ours can be matched; a missing, repeated, too long or unsafe one (a newline, a
 * quote, a phone number's "+") is replaced by a fresh UUID.
 */
export function requestIdFrom(incoming: string | string[] | null | undefined): string {
  return typeof incoming === "string" && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
