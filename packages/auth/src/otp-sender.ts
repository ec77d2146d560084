import { randomUUID } from "node:crypto";
import { isProduction } from "@cho-phien/config/startup";
import type { MessagingEnv } from "@cho-phien/messaging/env";
import { esmsClientFromEnv } from "@cho-phien/messaging/esms-client";
import { MessagingError } from "@cho-phien/messaging/messaging-error";
import { maskPhone } from "@cho-phien/messaging/phone-formats";
import { znsClientFromEnv } from "@cho-phien/messaging/zns-client";
import { readAuthEnv } from "./env";

/**
 * Where one-time codes go: the provider MESSAGE_PROVIDER names (eSMS brandname SMS or a Zalo ZNS OTP
 * template), or the log in development. Codes are sent directly, not through the outbox: the person is
 * waiting at the form, and a code that arrives in ten minutes is worse than an error now.
 */
export interface OtpSender {
  send(phoneE164: string, code: string): Promise<void>;
}

/**
 * Per try. Shorter than the outbox's 10 s: someone is waiting, and with the one retry the form answers
 * within ~12 s even when the provider is down.
 */
export const OTP_SEND_TIMEOUT_MS = 6_000;

/** The SMS itself: unaccented (see toSmsText), the code early so it shows in the notification preview. */
export function otpSmsText(code: string): string {
  return `${code} la ma dang nhap Cho Phien cua ban. Khong dua ma nay cho bat ky ai.`;
}

/**
 * Development prints the code (the README's sign-in flow reads it from the terminal). In production (a pilot
 * allowed with ALLOW_LOG_SENDER=1) neither the code nor the number reaches the log: logs are read and kept by
 * more people than should be able to sign in as a farmer.
 */
export const logOtpSender: OtpSender = {
  async send(phone, code) {
    if (isProduction()) console.log(`[otp] mã đăng nhập cho ${maskPhone(phone)}: code hidden (production)`);
    else console.log(`[otp] mã đăng nhập cho ${phone}: ${code}`);
  },
};

/**
 * Runs `send` again once if the provider did not answer in time; any other failure is final. Both tries carry
 * the same id, so a first request that did arrive but answered late is not sent twice (eSMS RequestId).
 */
async function retryOnceOnTimeout(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (e) {
    if (!(e instanceof MessagingError) || e.kind !== "timeout") throw e;
    await send();
  }
}

/** The OTP sender for MESSAGE_PROVIDER and its settings; throws when the provider's settings are incomplete. */
export function createOtpSender(env: MessagingEnv, opts: { timeoutMs?: number } = {}): OtpSender {
  const timeoutMs = opts.timeoutMs ?? OTP_SEND_TIMEOUT_MS;
  switch (env.MESSAGE_PROVIDER) {
    case "log":
      return logOtpSender;
    case "esms": {
      const client = esmsClientFromEnv(env, { timeoutMs });
      return {
        async send(phone, code) {
          const requestId = randomUUID();
          await retryOnceOnTimeout(() =>
            client.send({ phoneE164: phone, content: otpSmsText(code), requestId }),
          );
        },
      };
    }
    case "zns": {
      const { client, otpTemplateId } = znsClientFromEnv(env, { timeoutMs });
      return {
        async send(phone, code) {
          const trackingId = randomUUID();
          await retryOnceOnTimeout(() =>
            client.send({
              phoneE164: phone,
              templateId: otpTemplateId,
              templateData: { otp: code },
              trackingId,
            }),
          );
        },
      };
    }
  }
}

let current: OtpSender | null = null;

/** Replaces the sender (tests capture codes); `null` goes back to the configured one. */
export function setOtpSender(sender: OtpSender | null): void {
  current = sender;
}

/** The sender set with setOtpSender, else the one the environment configures (built on first use). */
export function getOtpSender(): OtpSender {
  current ??= createOtpSender(readAuthEnv());
  return current;
}
