import type { Db } from "@cho-phien/db";
import { ORDER_TX, SYSTEM_ACTOR } from "../orders/transaction-options";
import { cancelOrderReleasingStock } from "../stock/release-order-stock";

/** How long a farm has to accept a cash-on-delivery order before it is cancelled for it. */
export const DEFAULT_COD_ACCEPT_HOURS = 48;

/** `COD_ACCEPT_HOURS` from the environment: a positive number of hours, else the default (48). */
export function codAcceptHours(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.COD_ACCEPT_HOURS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_COD_ACCEPT_HOURS;
}

/**
 * Cancels COD orders the farm never accepted: still "placed" `hours` after they were placed. Stock goes back
 * on sale and the buyer is told why. COD orders are placed the moment they are created, so their age is
 * Order.createdAt. Safe to run on many workers at once: each order is claimed in its own short transaction
 * with FOR UPDATE SKIP LOCKED and re-checked under the lock ("still placed"), and cancelOrderReleasingStock
 * returns stock only for the call that moves it to "cancelled" — so a farm accepting it in the same second
 * wins or loses cleanly, and stock returns exactly once.
 */
export async function cancelUnacceptedCodOrders(
  db: Db,
  opts: { now?: Date; hours?: number; limit?: number } = {},
): Promise<{ cancelled: string[] }> {
  const hours = opts.hours ?? codAcceptHours();
  const cutoff = new Date((opts.now ?? new Date()).getTime() - hours * 3_600_000);
  const reason = `Nhà vườn chưa xác nhận đơn trong ${hours} giờ`;
  const candidates = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Order" o JOIN "Checkout" c ON c.id = o."checkoutId"
     WHERE o.status = 'placed' AND c."paymentMethod" = 'cod' AND o."createdAt" <= ${cutoff}
     ORDER BY o."createdAt"
     LIMIT ${opts.limit ?? 100}`;

  const cancelled: string[] = [];
  for (const c of candidates) {
    const code = await db.$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<{ code: string }[]>`
        SELECT code FROM "Order"
         WHERE id = ${c.id} AND status = 'placed' AND "createdAt" <= ${cutoff}
         FOR UPDATE SKIP LOCKED`;
      const order = claimed[0];
      if (!order) return null;
      const changed = await cancelOrderReleasingStock(tx, {
        orderId: c.id,
        actor: SYSTEM_ACTOR,
        note: reason,
        reason,
        // The buyer's one message: cancelled, and why (not also a bare "now cancelled").
        buyerNotice: { topic: "order.declined", payload: { reason, by: "system" } },
      });
      if (!changed) return null;
      return order.code;
    }, ORDER_TX);
    if (code) cancelled.push(code);
  }
  return { cancelled };
}
