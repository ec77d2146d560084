import { getLogger } from "@cho-phien/config/logger";
import type { Db, PaymentMethod } from "@cho-phien/db";
import { ORDER_TX, SYSTEM_ACTOR } from "../orders/transaction-options";
import { providerFor } from "../payments";
import { markCheckoutPaid } from "../payments/mark-checkout-paid";
import { releaseCheckoutStock } from "../stock/release-checkout-stock";

export interface SweepResult {
  expired: string[];
  /** Found paid at the provider while expiring (the buyer paid in the last seconds): recorded as paid. */
  paid: string[];
  /** Could not be voided at the provider now (e.g. Stripe unreachable); retried by the next sweep. */
  deferred: string[];
}

/**
 * Expires unpaid card and transfer checkouts past Checkout.expiresAt: checkout expired, payment expired,
 * orders cancelled, stock back on sale. Safe to run on many workers at once:
 * - each checkout is claimed in its own short transaction with FOR UPDATE SKIP LOCKED, so a checkout being
 *   handled by another sweeper (or paid by a webhook right now) is skipped, not waited for;
 * - releaseCheckoutStock re-checks "still pending_payment" under that lock, so stock returns exactly once.
 * The provider is asked to void the payment first, outside any transaction (no network call while rows are
 * locked): a Stripe session is expired so it can no longer be paid after the stock is gone.
 */
export async function expireOverdueCheckouts(
  db: Db,
  opts: { now?: Date; limit?: number } = {},
): Promise<SweepResult> {
  const now = opts.now ?? new Date();
  const result: SweepResult = { expired: [], paid: [], deferred: [] };
  const candidates = await db.$queryRaw<{ id: string; method: PaymentMethod; providerRef: string | null }[]>`
    SELECT c.id, c."paymentMethod" AS method, p."providerRef"
      FROM "Checkout" c LEFT JOIN "Payment" p ON p."checkoutId" = c.id
     WHERE c.status = 'pending_payment' AND c."expiresAt" IS NOT NULL AND c."expiresAt" <= ${now}
     ORDER BY c."expiresAt"
     LIMIT ${opts.limit ?? 100}`;

  for (const c of candidates) {
    const provider = providerFor(c.method);
    let voided: "void" | "paid" = "void";
    if (provider.voidPending) {
      try {
        voided = await provider.voidPending({ providerRef: c.providerRef });
      } catch (err) {
        getLogger().warn({ err, checkoutId: c.id, method: c.method }, "could not void the payment, deferred");
        result.deferred.push(c.id);
        continue;
      }
    }
    const outcome = await db.$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Checkout"
         WHERE id = ${c.id} AND status = 'pending_payment' AND "expiresAt" <= ${now}
         FOR UPDATE SKIP LOCKED`;
      if (!claimed.length) return null;
      if (voided === "paid") {
        await markCheckoutPaid(tx, { checkoutId: c.id, actor: SYSTEM_ACTOR, source: "expiry-sweep" });
        return "paid" as const;
      }
      const done = await releaseCheckoutStock(tx, {
        checkoutId: c.id,
        checkoutStatus: "expired",
        paymentStatus: "expired",
        actor: SYSTEM_ACTOR,
        note: "Quá hạn thanh toán, đơn đã tự hủy",
      });
      return done ? ("expired" as const) : null;
    }, ORDER_TX);
    if (outcome) result[outcome].push(c.id);
  }
  return result;
}
