import { MessagingError } from "./messaging-error";

/** How long one request may take before we give up on it (the outbox retries later; OTP retries once). */
export const DEFAULT_SEND_TIMEOUT_MS = 10_000;

export interface PostJsonOptions {
  provider: "esms" | "zns";
  url: string;
  headers?: Record<string, string>;
  body: unknown;
  timeoutMs: number;
}

/**
 * POSTs JSON to a provider and returns the parsed answer. Every way it can go wrong becomes a MessagingError:
 * no answer within `timeoutMs` (the whole exchange, body included), no connection, an HTTP error, or a body
 * that is not JSON. The error names the host and the status, never the request, which holds the phone number
 * and the text.
 */
export async function postJson(opts: PostJsonOptions): Promise<unknown> {
  const host = new URL(opts.url).host;
  try {
    const res = await fetch(opts.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...opts.headers },
      body: JSON.stringify(opts.body),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    const text = await res.text();
    if (!res.ok) throw new MessagingError(opts.provider, "http", `${host} answered HTTP ${res.status}`);
    try {
      return JSON.parse(text);
    } catch {
      throw new MessagingError(opts.provider, "http", `${host} answered HTTP ${res.status} without JSON`);
    }
  } catch (e) {
    if (e instanceof MessagingError) throw e;
    if (e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError")) {
      throw new MessagingError(
        opts.provider,
        "timeout",
        `no answer from ${host} within ${opts.timeoutMs} ms`,
      );
    }
    const cause = (e as { cause?: { code?: unknown } }).cause?.code;
    throw new MessagingError(
      opts.provider,
      "network",
      `cannot reach ${host}${typeof cause === "string" ? ` (${cause})` : ""}`,
    );
  }
}
