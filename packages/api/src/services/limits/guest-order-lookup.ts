import type { DbTx } from "@cho-phien/db";
import { DomainError } from "../../errors";
import { ABUSE_LIMITS, clientKey, countEvent, isLimited, TOO_MANY_TRIES_VI } from "./abuse-limits";

/**
 * Guards a guest's order look-up or cancel by code + phone. An order code and a phone number together are the
 * key to an order, so neither may be guessed against the other: wrong answers (NOT_FOUND) are counted per client
 * address and per order code, and once either allowance is used up every further try is refused — even a right
 * one — until the window passes. Right answers cost nothing, so a buyer reloading their order page is never
 * throttled.
 */
export async function guardGuestOrderLookup<T>(
  db: DbTx,
  headers: Headers,
  code: string,
  lookup: () => Promise<T>,
): Promise<T> {
  const ip = clientKey(headers);
  const ipKey = ip ? `order-lookup:ip:${ip}` : null;
  const codeKey = `order-lookup:code:${code.toUpperCase()}`;
  const [ipLimited, codeLimited] = await Promise.all([
    ipKey ? isLimited(db, ipKey, ABUSE_LIMITS.guestLookupFailuresPerIp) : false,
    isLimited(db, codeKey, ABUSE_LIMITS.guestLookupFailuresPerCode),
  ]);
  if (ipLimited || codeLimited) throw new DomainError("TOO_MANY_REQUESTS", TOO_MANY_TRIES_VI, "RATE_LIMITED");
  try {
    return await lookup();
  } catch (e) {
    if (e instanceof DomainError && e.kind === "NOT_FOUND") {
      await Promise.all([
        ipKey ? countEvent(db, ipKey, ABUSE_LIMITS.guestLookupFailuresPerIp) : null,
        countEvent(db, codeKey, ABUSE_LIMITS.guestLookupFailuresPerCode),
      ]);
    }
    throw e;
  }
}
