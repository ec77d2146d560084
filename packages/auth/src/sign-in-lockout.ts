import type { DbTx } from "@cho-phien/db";
import { normalizeVnPhone } from "@cho-phien/validators/phone";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { AUTH_MESSAGES_VI } from "./auth-messages-vi";
import { consumeRateLimit } from "./rate-limit";

/**
 * Password guessing against one farmer's account is stopped per account, not only per IP (an attacker with
 * many addresses would otherwise get 10 guesses a minute from each): after `maxFailures` wrong passwords within
 * `windowSeconds`, password sign-in for that phone is refused until the window has passed. A correct password
 * clears the count. The phone OTP route stays open, so the real owner is never locked out of their account.
 */
export interface SignInLockout {
  maxFailures: number;
  windowSeconds: number;
}

export const SIGN_IN_LOCKOUT: SignInLockout = { maxFailures: 5, windowSeconds: 15 * 60 };

export const PASSWORD_SIGN_IN_PATH = "/sign-in/phone-number";

const failureKey = (phoneE164: string) => `signin:fail:${phoneE164}`;

/** Called by the `before` hook (phone-guard) with the normalised phone: refuses while the account is locked. */
export async function refuseLockedAccount(
  db: DbTx,
  phoneE164: string,
  lockout: SignInLockout,
): Promise<void> {
  const windowStart = Date.now() - lockout.windowSeconds * 1000;
  const row = await db.rateLimit.findUnique({ where: { key: failureKey(phoneE164) } });
  if (row && Number(row.lastRequest) >= windowStart && row.count >= lockout.maxFailures) {
    const retryAfter = Math.ceil(
      (Number(row.lastRequest) + lockout.windowSeconds * 1000 - Date.now()) / 1000,
    );
    throw new APIError(
      "TOO_MANY_REQUESTS",
      { message: AUTH_MESSAGES_VI.SIGN_IN_LOCKED, code: "SIGN_IN_LOCKED" },
      { "Retry-After": String(Math.max(1, retryAfter)) },
    );
  }
}

/** better-auth's `after` hook: counts a failed password sign-in against the account, clears it on success. */
export function createSignInLockoutRecorder(db: DbTx, lockout: SignInLockout) {
  return createAuthMiddleware(async (ctx) => {
    if (ctx.path !== PASSWORD_SIGN_IN_PATH) return;
    const typed = (ctx.body as { phoneNumber?: unknown } | undefined)?.phoneNumber;
    const phone = typeof typed === "string" ? normalizeVnPhone(typed) : null;
    if (!phone) return;
    const returned = ctx.context.returned;
    if (isAPIError(returned)) {
      // A refusal because the account is already locked is not another guess.
      if ((returned.body as { code?: string } | undefined)?.code === "SIGN_IN_LOCKED") return;
      await consumeRateLimit(db, failureKey(phone), lockout.windowSeconds, Number.MAX_SAFE_INTEGER);
    } else {
      await db.rateLimit.deleteMany({ where: { key: failureKey(phone) } });
    }
  });
}
