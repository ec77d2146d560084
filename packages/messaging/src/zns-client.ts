import { type MessagingEnv, messagingConfigProblems } from "./env";
import { MessagingError, redactNumbers } from "./messaging-error";
import { toZnsPhone } from "./phone-formats";
import { DEFAULT_SEND_TIMEOUT_MS, postJson } from "./post-json";

/**
 * Zalo ZNS template messages: POST {ZNS_API_URL}/message/template with the Official Account's access token in
 * an `access_token` header; `{ error: 0, data: { msg_id } }` means Zalo took it, any other `error` comes with
 * a `message`. Only pre-approved templates can be sent; `template_data` fills the template's parameters.
 */
export const ZNS_SEND_PATH = "/message/template";

export interface ZnsSettings {
  /** ZNS_API_URL: https://business.openapi.zalo.me, or a local fake. */
  apiUrl: string;
  accessToken: string;
  timeoutMs?: number;
}

export interface ZnsMessage {
  phoneE164: string;
  templateId: string;
  templateData: Record<string, string>;
  /** Our id for this message, sent as tracking_id so Zalo's records can be matched with ours. */
  trackingId: string;
}

export interface ZnsClient {
  send(message: ZnsMessage): Promise<{ msgId: string | null }>;
}

interface ZnsAnswer {
  error?: unknown;
  message?: unknown;
  data?: { msg_id?: unknown } | null;
}

export function createZnsClient(settings: ZnsSettings): ZnsClient {
  const url = `${settings.apiUrl.replace(/\/+$/, "")}${ZNS_SEND_PATH}`;
  const timeoutMs = settings.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  return {
    async send(m) {
      const answer = (await postJson({
        provider: "zns",
        url,
        timeoutMs,
        headers: { access_token: settings.accessToken },
        body: {
          phone: toZnsPhone(m.phoneE164),
          template_id: m.templateId,
          template_data: m.templateData,
          tracking_id: m.trackingId,
        },
      })) as ZnsAnswer | null;
      if (answer?.error !== 0) {
        const code = String(answer?.error ?? "missing");
        const why = typeof answer?.message === "string" ? `: ${redactNumbers(answer.message)}` : "";
        throw new MessagingError("zns", "provider", `refused the message (error ${code}${why})`, code);
      }
      return { msgId: typeof answer.data?.msg_id === "string" ? answer.data.msg_id : null };
    },
  };
}

/**
 * The client for ZNS_* settings and the two templates it sends; refuses (MessagingError "config") when one of
 * them is missing.
 */
export function znsClientFromEnv(
  env: MessagingEnv,
  opts: { timeoutMs?: number } = {},
): { client: ZnsClient; otpTemplateId: string; orderTemplateId: string } {
  const problems = messagingConfigProblems({ ...env, MESSAGE_PROVIDER: "zns" });
  if (problems.length) throw new MessagingError("zns", "config", problems.join("; "));
  return {
    client: createZnsClient({
      apiUrl: env.ZNS_API_URL,
      accessToken: env.ZNS_ACCESS_TOKEN!,
      timeoutMs: opts.timeoutMs,
    }),
    otpTemplateId: env.ZNS_OTP_TEMPLATE_ID!,
    orderTemplateId: env.ZNS_ORDER_TEMPLATE_ID!,
  };
}
