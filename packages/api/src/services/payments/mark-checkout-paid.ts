import type { DbTx } from "@cho-phien/db";
import type { Actor } from "../../actor";
import { notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { enqueueNotification } from "../notifications/enqueue-notification";
import { transitionOrder } from "../orders/transition-order";

export type PaidOutcome =
  /** The payment is now paid and the checkout's orders went to the farms. */
  | "paid"
  /** Nothing changed: an earlier delivery or click already recorded it. */
  | "already_paid"
  /**
   * The money arrived after the checkout expired or was cancelled (stock already released): the payment is
   * recorded as paid, the orders stay cancelled, and a refund is flagged.
   */
  | "paid_after_cancel"
  /** The amount reported by the provider differs from what we asked for: recorded, nothing else changes. */
  | "amount_mismatch";

/**
 * Records that a checkout's money arrived (Stripe webhook, admin confirming a transfer, or the expiry sweep
 * finding a session paid at the last second). Locks the checkout row first, so concurrent confirmations
 * queue and the later ones see "already_paid". Orders move pending_payment → placed through the state
 * machine; a checkout that already ended is never moved backwards.
 */
export async function markCheckoutPaid(
  tx: DbTx,
  args: { checkoutId: string; actor: Actor; source: string; amountVnd?: number; providerRef?: string },
): Promise<PaidOutcome> {
  const rows = await tx.$queryRaw<{ status: string; code: string; buyerPhone: string }[]>`
    SELECT status::text AS status, code, "buyerPhone" FROM "Checkout" WHERE id = ${args.checkoutId} FOR UPDATE`;
  const checkout = rows[0];
  if (!checkout) throw notFound("Không tìm thấy đơn thanh toán");
  const payment = await tx.payment.findUnique({ where: { checkoutId: args.checkoutId } });
  if (!payment) throw notFound("Không tìm thấy khoản thanh toán");
  if (payment.status === "paid" || payment.status === "refunded") return "already_paid";

  const audit = {
    actorId: args.actor.id,
    actorRole: args.actor.role,
    entityType: "Payment",
    entityId: payment.id,
  };
  if (args.amountVnd !== undefined && args.amountVnd !== payment.amountVnd) {
    await appendAudit(tx, {
      ...audit,
      action: "payment.amount_mismatch",
      data: {
        source: args.source,
        expected: payment.amountVnd,
        received: args.amountVnd,
        ref: args.providerRef ?? null,
      },
    });
    return "amount_mismatch";
  }

  await tx.payment.update({ where: { id: payment.id }, data: { status: "paid", paidAt: new Date() } });
  await appendAudit(tx, {
    ...audit,
    action: "payment.paid",
    data: {
      source: args.source,
      method: payment.method,
      amountVnd: payment.amountVnd,
      previous: payment.status,
    },
  });

  if (checkout.status !== "pending_payment") {
    await appendAudit(tx, {
      ...audit,
      action: "payment.refund_due",
      data: { reason: `checkout ${checkout.status}`, amountVnd: payment.amountVnd },
    });
    await enqueueNotification(tx, {
      topic: "payment.refund_due",
      recipient: checkout.buyerPhone,
      payload: { checkoutCode: checkout.code, amountVnd: payment.amountVnd, method: payment.method },
    });
    return "paid_after_cancel";
  }

  await tx.checkout.update({ where: { id: args.checkoutId }, data: { status: "placed" } });
  const orders = await tx.order.findMany({
    where: { checkoutId: args.checkoutId, status: "pending_payment" },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  for (const o of orders) {
    await transitionOrder(tx, { orderId: o.id, to: "placed", actor: args.actor, note: "Đã nhận thanh toán" });
  }
  await enqueueNotification(tx, {
    topic: "payment.received",
    recipient: checkout.buyerPhone,
    payload: { checkoutCode: checkout.code, amountVnd: payment.amountVnd, method: payment.method },
  });
  return "paid";
}
