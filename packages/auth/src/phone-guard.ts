import type { DbTx } from "@cho-phien/db";
import { normalizeVnPhone } from "@cho-phien/validators/phone";
import { APIError, createAuthMiddleware, getIP } from "better-auth/api";
import { AUTH_MESSAGES_VI } from "./auth-messages-vi";
import { consumeRateLimit } from "./rate-limit";
import { PASSWORD_SIGN_IN_PATH, refuseLockedAccount, type SignInLockout } from "./sign-in-lockout";

export interface OtpLimits {
  perPhone: { windowSeconds: number; max: number };
  perIp: { windowSeconds: number; max: number };
}

/**
 * better-auth's `before` hook for every auth request:
 * - People type "0912 345 678", "84912345678" or "+84 912..."; whatever they typed, better-auth stores and
 *   looks up E.164 (+84912345678), so one farmer never ends up with two accounts.
 * - OTP requests are counted per phone and per client IP in Postgres *before* a code is created. Counting
 *   inside `sendOTP` would be too late: the plugin has already replaced the farmer's valid code with a new
 *   one that is then never sent.
 * - Password sign-in is refused while the account is locked after repeated wrong passwords (sign-in-lockout.ts).
 */
export function createPhoneGuard(db: DbTx, limits: OtpLimits, lockout: SignInLockout) {
  return createAuthMiddleware(async (ctx) => {
    const body = ctx.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== "object" || typeof body.phoneNumber !== "string") return;

    const phone = normalizeVnPhone(body.phoneNumber);
    if (!phone) {
      throw new APIError("BAD_REQUEST", {
        message: AUTH_MESSAGES_VI.INVALID_PHONE_NUMBER,
        code: "INVALID_PHONE_NUMBER",
      });
    }

    if (ctx.path === PASSWORD_SIGN_IN_PATH) await refuseLockedAccount(db, phone, lockout);

    if (ctx.path === "/phone-number/send-otp") {
      const ip = getIP(ctx.request ?? ctx.headers ?? new Headers(), ctx.context.options) ?? "unknown";
      // Phone first: a farmer's own retries should not use up the shared allowance of their village's IP.
      const okPhone = await consumeRateLimit(
        db,
        `otp:phone:${phone}`,
        limits.perPhone.windowSeconds,
        limits.perPhone.max,
      );
      const okIp =
        okPhone && (await consumeRateLimit(db, `otp:ip:${ip}`, limits.perIp.windowSeconds, limits.perIp.max));
      if (!okPhone || !okIp) {
        throw new APIError("TOO_MANY_REQUESTS", {
          message: AUTH_MESSAGES_VI.OTP_RATE_LIMITED,
          code: "OTP_RATE_LIMITED",
        });
      }
    }

    // Codes arrive as "123 456" when copied from a message; the plugin compares strings exactly.
    const code = typeof body.code === "string" ? body.code.replace(/\s/g, "") : body.code;
    return { context: { body: { ...body, phoneNumber: phone, ...(code !== undefined ? { code } : {}) } } };
  });
}
