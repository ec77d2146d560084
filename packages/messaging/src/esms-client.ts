import { type MessagingEnv, messagingConfigProblems } from "./env";
import { MessagingError, redactNumbers } from "./messaging-error";
import { toLocalPhone } from "./phone-formats";
import { DEFAULT_SEND_TIMEOUT_MS, postJson } from "./post-json";
import { needsUnicode } from "./sms-text";

/**
 * eSMS.vn brandname SMS, one message per request, as its developer docs describe "Send OTP/Customer care
 * message" (developers.esms.vn, POST …/MainService.svc/json/SendMultipleMessage_V4_post_json/, JSON in and
 * out). Every field is sent as a string, as in their examples.
 */
export const ESMS_SEND_PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";
/** CodeResult of a request eSMS accepted; anything else comes with an ErrorMessage. */
export const ESMS_ACCEPTED = "100";
/** SmsType 2: a customer-care message from a registered brandname (1 would be advertising). */
export const ESMS_CUSTOMER_CARE = "2";

export interface EsmsSettings {
  /** ESMS_API_URL, without the path: https://rest.esms.vn, or a local fake. */
  apiUrl: string;
  apiKey: string;
  secretKey: string;
  brandname: string;
  timeoutMs?: number;
}

export interface EsmsMessage {
  phoneE164: string;
  content: string;
  /**
   * Our id for this message, sent as RequestId: eSMS uses it to recognise the same request sent twice, so a
   * retry after a lost answer does not text the person again.
   */
  requestId: string;
}

export interface EsmsClient {
  send(message: EsmsMessage): Promise<{ smsId: string | null }>;
}

interface EsmsAnswer {
  CodeResult?: unknown;
  ErrorMessage?: unknown;
  SMSID?: unknown;
}

export function createEsmsClient(settings: EsmsSettings): EsmsClient {
  const url = `${settings.apiUrl.replace(/\/+$/, "")}${ESMS_SEND_PATH}`;
  const timeoutMs = settings.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  return {
    async send(m) {
      const answer = (await postJson({
        provider: "esms",
        url,
        timeoutMs,
        body: {
          ApiKey: settings.apiKey,
          SecretKey: settings.secretKey,
          Phone: toLocalPhone(m.phoneE164),
          Content: m.content,
          Brandname: settings.brandname,
          SmsType: ESMS_CUSTOMER_CARE,
          IsUnicode: needsUnicode(m.content) ? "1" : "0",
          RequestId: m.requestId,
        },
      })) as EsmsAnswer | null;
      const code = String(answer?.CodeResult ?? "");
      if (code !== ESMS_ACCEPTED) {
        const why = typeof answer?.ErrorMessage === "string" ? `: ${redactNumbers(answer.ErrorMessage)}` : "";
        throw new MessagingError(
          "esms",
          "provider",
          `refused the message (CodeResult ${code || "missing"}${why})`,
          code,
        );
      }
      return { smsId: typeof answer?.SMSID === "string" ? answer.SMSID : null };
    },
  };
}

/** The client for ESMS_* settings; refuses (MessagingError "config") when one of them is missing. */
export function esmsClientFromEnv(env: MessagingEnv, opts: { timeoutMs?: number } = {}): EsmsClient {
  const problems = messagingConfigProblems({ ...env, MESSAGE_PROVIDER: "esms" });
  if (problems.length) throw new MessagingError("esms", "config", problems.join("; "));
  return createEsmsClient({
    apiUrl: env.ESMS_API_URL,
    apiKey: env.ESMS_API_KEY!,
    secretKey: env.ESMS_SECRET_KEY!,
    brandname: env.ESMS_BRANDNAME!,
    timeoutMs: opts.timeoutMs,
  });
}
