import type { DbTx } from "@cho-phien/db";
import type { Actor } from "../../actor";
import { notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { enqueueNotification } from "../notifications/enqueue-notification";
import { cancelOrderReleasingStock } from "./release-order-stock";

export interface EndUnpaidCheckout {
  checkoutId: string;
  /** "expired": nobody paid in time (sweep, Stripe session expired); "cancelled": the buyer or a failed card. */
  checkoutStatus: "expired" | "cancelled";
  paymentStatus: "expired" | "failed";
  actor: Actor;
  note: string;
}

/**
 * Ends an unpaid checkout and returns its stock, all in the caller's transaction: checkout → expired or
 * cancelled, payment pending → expired or failed, every pending_payment order → cancelled, its items back
 * in stock. The checkout row is locked and must still be "pending_payment", so whichever of the expiry
 * sweep, a Stripe webhook, an admin confirmation or the buyer comes second finds nothing to do (false) —
 * stock can never be released twice, and a paid checkout is never expired.
 */
export async function releaseCheckoutStock(tx: DbTx, args: EndUnpaidCheckout): Promise<boolean> {
  const rows = await tx.$queryRaw<{ status: string; code: string; buyerPhone: string }[]>`
    SELECT status::text AS status, code, "buyerPhone" FROM "Checkout" WHERE id = ${args.checkoutId} FOR UPDATE`;
  const checkout = rows[0];
  if (!checkout) throw notFound("Không tìm thấy đơn thanh toán");
  if (checkout.status !== "pending_payment") return false;

  await tx.checkout.update({ where: { id: args.checkoutId }, data: { status: args.checkoutStatus } });
  await tx.payment.updateMany({
    where: { checkoutId: args.checkoutId, status: "pending" },
    data: { status: args.paymentStatus },
  });
  const orders = await tx.order.findMany({
    where: { checkoutId: args.checkoutId, status: "pending_payment" },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  for (const o of orders) {
    await cancelOrderReleasingStock(tx, {
      orderId: o.id,
      actor: args.actor,
      note: args.note,
      reason: args.note,
    });
  }
  await appendAudit(tx, {
    actorId: args.actor.id,
    actorRole: args.actor.role,
    action: `checkout.${args.checkoutStatus}`,
    entityType: "Checkout",
    entityId: args.checkoutId,
    data: { payment: args.paymentStatus, note: args.note, orders: orders.map((o) => o.id) },
  });
  await enqueueNotification(tx, {
    topic: "payment.expired",
    recipient: checkout.buyerPhone,
    payload: { checkoutCode: checkout.code, status: args.checkoutStatus, note: args.note },
  });
  return true;
}
