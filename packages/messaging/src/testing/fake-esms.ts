/**
 * A local stand-in for eSMS.vn's brandname send endpoint (POST /MainService.svc/json/SendMultipleMessage_V4_post_json/),
 * so the eSMS client, the OTP sender and the outbox are tested over real HTTP without texting anyone. It
 * checks the keys and the brandname as eSMS does, records every request and every accepted message, answers a
 * repeated RequestId with the first answer (the point of sending one), and can be told to fail or hang the
 * next calls. CodeResult values are eSMS's: 100 accepted, 99 unknown error, 101 wrong ApiKey/SecretKey,
 * 104 brandname not registered.
 */
import { randomBytes } from "node:crypto";
import { ESMS_ACCEPTED, ESMS_SEND_PATH } from "../esms-client";
import { type FakeFailure, failureQueue, listenFake, parseJson, sendJson } from "./fake-http";

export const FAKE_ESMS_API_KEY = "fake-esms-api-key";
export const FAKE_ESMS_SECRET_KEY = "fake-esms-secret-key";
export const FAKE_ESMS_BRANDNAME = "CHOPHIEN";

/** One request as the fake received it (body fields as sent), whatever it answered. */
export interface EsmsRequest {
  path: string;
  body: Record<string, unknown> | null;
  answered: "accepted" | "duplicate" | "refused" | "http-error" | "hung";
}

/** A message the fake accepted: what the person's phone would show. */
export interface EsmsDelivered {
  smsId: string;
  phone: string;
  content: string;
  brandname: string;
  smsType: string;
  isUnicode: string;
  requestId: string;
}

export interface FakeEsms {
  url: string;
  requests: EsmsRequest[];
  delivered: EsmsDelivered[];
  /** MESSAGE_PROVIDER=esms and the ESMS_* settings that point the code under test here. */
  env(): Record<string, string>;
  /** The next `n` calls answer CodeResult 99 (or the code/message given) and deliver nothing. */
  failNext(n: number, failure?: FakeFailure): void;
  /** The next `n` calls never answer: the client's timeout has to give up. */
  hangNext(n: number): void;
  close(): Promise<void>;
}

export async function startFakeEsms(): Promise<FakeEsms> {
  const requests: EsmsRequest[] = [];
  const delivered: EsmsDelivered[] = [];
  const byRequestId = new Map<string, EsmsDelivered>();
  const failures = failureQueue();

  const server = await listenFake((req, raw, res) => {
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    const body = parseJson(raw);
    const record = (answered: EsmsRequest["answered"]) => requests.push({ path, body, answered });
    if (req.method !== "POST" || path.replace(/\/?$/, "/") !== ESMS_SEND_PATH) {
      record("http-error");
      return sendJson(res, 404, { Message: "Endpoint not found." });
    }
    const failure = failures.next();
    if (failure?.kind === "hang") return void record("hung");
    if (failure?.kind === "http") {
      record("http-error");
      return sendJson(res, failure.status, { Message: "fake outage" });
    }
    if (failure?.kind === "provider") {
      record("refused");
      return sendJson(res, 200, {
        CodeResult: String(failure.code ?? "99"),
        ErrorMessage: failure.message ?? "Loi khong xac dinh",
      });
    }
    const s = (k: string) => (typeof body?.[k] === "string" ? (body[k] as string) : "");
    if (s("ApiKey") !== FAKE_ESMS_API_KEY || s("SecretKey") !== FAKE_ESMS_SECRET_KEY) {
      record("refused");
      return sendJson(res, 200, { CodeResult: "101", ErrorMessage: "Authorize Failed" });
    }
    if (s("Brandname") !== FAKE_ESMS_BRANDNAME) {
      record("refused");
      return sendJson(res, 200, { CodeResult: "104", ErrorMessage: "Brandname khong ton tai" });
    }
    if (!/^\d{9,12}$/.test(s("Phone")) || !s("Content")) {
      record("refused");
      return sendJson(res, 200, { CodeResult: "99", ErrorMessage: "Phone or Content invalid" });
    }
    const requestId = s("RequestId");
    const earlier = requestId ? byRequestId.get(requestId) : undefined;
    if (earlier) {
      record("duplicate");
      return sendJson(res, 200, { CodeResult: ESMS_ACCEPTED, CountRegenerate: 0, SMSID: earlier.smsId });
    }
    const message: EsmsDelivered = {
      smsId: randomBytes(16).toString("hex"),
      phone: s("Phone"),
      content: s("Content"),
      brandname: s("Brandname"),
      smsType: s("SmsType"),
      isUnicode: s("IsUnicode"),
      requestId,
    };
    delivered.push(message);
    if (requestId) byRequestId.set(requestId, message);
    record("accepted");
    return sendJson(res, 200, { CodeResult: ESMS_ACCEPTED, CountRegenerate: 0, SMSID: message.smsId });
  });

  return {
    url: server.url,
    requests,
    delivered,
    env: () => ({
      MESSAGE_PROVIDER: "esms",
      ESMS_API_URL: server.url,
      ESMS_API_KEY: FAKE_ESMS_API_KEY,
      ESMS_SECRET_KEY: FAKE_ESMS_SECRET_KEY,
      ESMS_BRANDNAME: FAKE_ESMS_BRANDNAME,
    }),
    failNext: (n, failure = { kind: "provider" }) => failures.push(n, failure),
    hangNext: (n) => failures.push(n, { kind: "hang" }),
    close: () => server.close(),
  };
}
