import { consumeRateLimit } from "@cho-phien/auth";
import { CLIENT_IP_HEADER } from "@cho-phien/auth/client-ip";
import type { DbTx } from "@cho-phien/db";
import { DomainError } from "../../errors";

/** A fixed window: at most `max` counted events per `windowSeconds`. */
export interface LimitRule {
  windowSeconds: number;
  max: number;
}

/**
 * Every limit on public mutations and look-ups, in one place. Counters live in Postgres (the RateLimit table
 * better-auth also uses), so they hold across every instance behind a load balancer. Per-IP limits read the
 * address the production server established (CLIENT_IP_HEADER), never X-Forwarded-For.
 *
 * Mobile carriers put whole villages behind one address (carrier NAT), so per-IP limits are generous and
 * look-ups count only *failures*: a buyer refreshing their own order never hits them, a guesser does.
 */
export const ABUSE_LIMITS = {
  /** New checkouts (a retry with the same idempotency key is not new). */
  placeOrderPerPhone: { windowSeconds: 60 * 60, max: 10 },
  placeOrderPerIp: { windowSeconds: 60 * 60, max: 60 },
  /** Cash-on-delivery orders waiting for a farm, per phone not verified by a one-time code. */
  openCodOrdersPerUnverifiedPhone: 3,
  /** Wrong guesses at a guest order (code + phone), per client and per order code. */
  guestLookupFailuresPerIp: { windowSeconds: 15 * 60, max: 20 },
  guestLookupFailuresPerCode: { windowSeconds: 15 * 60, max: 5 },
} as const satisfies Record<string, LimitRule | number>;

export const TOO_MANY_TRIES_VI = "Bạn đã thử quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại.";

/**
 * The client address for per-IP keys, or null when the production server did not stamp one: `next dev`, and
 * in-process callers (tests, scripts). Per-IP limits are skipped then; per-phone and per-code limits still hold.
 */
export function clientKey(headers: Headers): string | null {
  return headers.get(CLIENT_IP_HEADER);
}

/** Counts one event and throws TOO_MANY_REQUESTS once the window's allowance is used up. */
export async function consumeLimit(db: DbTx, key: string, rule: LimitRule, message: string): Promise<void> {
  if (!(await consumeRateLimit(db, key, rule.windowSeconds, rule.max))) {
    throw new DomainError("TOO_MANY_REQUESTS", message, "RATE_LIMITED");
  }
}

/** Whether `key` has used up its allowance in the current window, without counting anything. */
export async function isLimited(db: DbTx, key: string, rule: LimitRule): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row) return false;
  const windowStart = Date.now() - rule.windowSeconds * 1000;
  return Number(row.lastRequest) >= windowStart && row.count >= rule.max;
}

/** Counts one event without refusing (failures are counted after the fact; the refusal comes next time). */
export async function countEvent(db: DbTx, key: string, rule: LimitRule): Promise<void> {
  await consumeRateLimit(db, key, rule.windowSeconds, Number.MAX_SAFE_INTEGER);
}
