/**
 * A local stand-in for Zalo ZNS's template send endpoint (POST /message/template), so the ZNS client, the OTP
 * sender and the outbox are tested over real HTTP. It checks the `access_token` header, that the template is
 * one it knows and that `template_data` fills exactly that template's parameters (Zalo refuses a message
 * whose data does not match its approved template), records every request and every accepted message, and
 * can be told to fail or hang the next calls. The error numbers are the fake's own; Zalo's are also non-zero.
 */
import { randomBytes } from "node:crypto";
import { ZNS_SEND_PATH } from "../zns-client";
import { type FakeFailure, failureQueue, listenFake, parseJson, sendJson } from "./fake-http";

export const FAKE_ZNS_ACCESS_TOKEN = "fake-zns-access-token";
/** The two templates the fake has "approved", with their parameters (see docs/messaging.md). */
export const FAKE_ZNS_OTP_TEMPLATE_ID = "300001";
export const FAKE_ZNS_ORDER_TEMPLATE_ID = "300002";
const TEMPLATES: Record<string, string[]> = {
  [FAKE_ZNS_OTP_TEMPLATE_ID]: ["otp"],
  [FAKE_ZNS_ORDER_TEMPLATE_ID]: ["order_code", "message"],
};

export interface ZnsRequest {
  accessToken: string | null;
  body: Record<string, unknown> | null;
  answered: "accepted" | "refused" | "http-error" | "hung";
}

export interface ZnsDelivered {
  msgId: string;
  phone: string;
  templateId: string;
  templateData: Record<string, unknown>;
  trackingId: string;
}

export interface FakeZns {
  url: string;
  requests: ZnsRequest[];
  delivered: ZnsDelivered[];
  /** MESSAGE_PROVIDER=zns and the ZNS_* settings that point the code under test here. */
  env(): Record<string, string>;
  /** The next `n` calls answer a non-zero `error` (or the failure given) and deliver nothing. */
  failNext(n: number, failure?: FakeFailure): void;
  /** The next `n` calls never answer: the client's timeout has to give up. */
  hangNext(n: number): void;
  close(): Promise<void>;
}

export async function startFakeZns(): Promise<FakeZns> {
  const requests: ZnsRequest[] = [];
  const delivered: ZnsDelivered[] = [];
  const failures = failureQueue();

  const server = await listenFake((req, raw, res) => {
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    const body = parseJson(raw);
    const token = req.headers.access_token;
    const accessToken = typeof token === "string" ? token : null;
    const record = (answered: ZnsRequest["answered"]) => requests.push({ accessToken, body, answered });
    const refuse = (error: number, message: string) => {
      record("refused");
      sendJson(res, 200, { error, message });
    };
    if (req.method !== "POST" || path !== ZNS_SEND_PATH) {
      record("http-error");
      return sendJson(res, 404, { error: 404, message: "not found" });
    }
    const failure = failures.next();
    if (failure?.kind === "hang") return void record("hung");
    if (failure?.kind === "http") {
      record("http-error");
      return sendJson(res, failure.status, { error: failure.status, message: "fake outage" });
    }
    if (failure?.kind === "provider") {
      return refuse(Number(failure.code ?? -32), failure.message ?? "Service is temporarily unavailable");
    }
    if (accessToken !== FAKE_ZNS_ACCESS_TOKEN) return refuse(-124, "Access token is invalid");
    const templateId = String(body?.template_id ?? "");
    const params = TEMPLATES[templateId];
    if (!params) return refuse(-1123, "Template does not exist");
    const data = (body?.template_data ?? null) as Record<string, unknown> | null;
    const keys = data && typeof data === "object" ? Object.keys(data).sort() : [];
    if (
      keys.join() !== [...params].sort().join() ||
      keys.some((k) => typeof data?.[k] !== "string" || !data[k])
    ) {
      return refuse(-1131, "Template data does not match the template's parameters");
    }
    const phone = String(body?.phone ?? "");
    if (!/^84\d{9}$/.test(phone)) return refuse(-108, "Phone number is invalid");
    const message: ZnsDelivered = {
      msgId: randomBytes(10).toString("hex"),
      phone,
      templateId,
      templateData: data!,
      trackingId: String(body?.tracking_id ?? ""),
    };
    delivered.push(message);
    record("accepted");
    return sendJson(res, 200, {
      error: 0,
      message: "Success",
      data: {
        msg_id: message.msgId,
        sent_time: String(Date.now()),
        quota: { dailyQuota: "500", remainingQuota: "499" },
      },
    });
  });

  return {
    url: server.url,
    requests,
    delivered,
    env: () => ({
      MESSAGE_PROVIDER: "zns",
      ZNS_API_URL: server.url,
      ZNS_ACCESS_TOKEN: FAKE_ZNS_ACCESS_TOKEN,
      ZNS_OTP_TEMPLATE_ID: FAKE_ZNS_OTP_TEMPLATE_ID,
      ZNS_ORDER_TEMPLATE_ID: FAKE_ZNS_ORDER_TEMPLATE_ID,
    }),
    failNext: (n, failure = { kind: "provider" }) => failures.push(n, failure),
    hangNext: (n) => failures.push(n, { kind: "hang" }),
    close: () => server.close(),
  };
}
