import type { Db } from "@cho-phien/db";
import type { Actor } from "../../actor";
import { conflict, DomainError, notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { enqueueNotification } from "../notifications/enqueue-notification";
import { providerFor } from "../payments";
import { markCheckoutPaid } from "../payments/mark-checkout-paid";
import { releaseCheckoutStock } from "../stock/release-checkout-stock";
import { cancelOrderReleasingStock } from "../stock/release-order-stock";
import { type OrderViewer, orderAccessWhere } from "./order-access";
import { CANCELLABLE, ORDER_STATUS_LABEL_VI } from "./order-state-machine";
import { ORDER_TX } from "./transaction-options";

export interface CancelResult {
  cancelled: string[];
  /** Amount to refund (already paid by card or transfer), 0 for COD or unpaid. */
  refundVnd: number;
}

/**
 * The buyer cancels an order before it leaves the farm (status in CANCELLABLE); its stock goes back on sale.
 * - Unpaid (pending_payment): the one payment covers every farm's order of the checkout, so the whole
 *   checkout ends; a Stripe session is expired first so it cannot be paid afterwards.
 * - Paid by card or transfer: only this order is cancelled and its total is flagged for refund.
 */
export async function cancelOrderByBuyer(
  db: Db,
  args: { code: string; viewer: OrderViewer; actor: Actor; reason?: string },
): Promise<CancelResult> {
  const where = orderAccessWhere(args.code, args.viewer);
  const order = where
    ? await db.order.findFirst({
        where,
        select: {
          id: true,
          code: true,
          status: true,
          totalVnd: true,
          buyerPhone: true,
          checkoutId: true,
          checkout: { select: { paymentMethod: true, payment: { select: { providerRef: true } } } },
        },
      })
    : null;
  if (!order) throw notFound("Không tìm thấy đơn hàng. Vui lòng kiểm tra mã đơn và số điện thoại.");
  if (!CANCELLABLE.includes(order.status)) {
    throw conflict(
      `Đơn ${order.code} đang ở trạng thái "${ORDER_STATUS_LABEL_VI[order.status]}", không thể hủy nữa`,
      "NOT_CANCELLABLE",
    );
  }
  const note = args.reason ? `Người mua hủy: ${args.reason}` : "Người mua hủy đơn";

  if (order.status === "pending_payment") {
    const provider = providerFor(order.checkout.paymentMethod);
    let voided: "void" | "paid" = "void";
    if (provider.voidPending) {
      try {
        voided = await provider.voidPending({ providerRef: order.checkout.payment?.providerRef ?? null });
      } catch {
        throw new DomainError(
          "CONFLICT",
          "Chưa hủy được vì cổng thanh toán không phản hồi, vui lòng thử lại sau ít phút",
          "PROVIDER_UNAVAILABLE",
        );
      }
    }
    if (voided === "void") {
      const ended = await db.$transaction(async (tx) => {
        const siblings = await tx.order.findMany({
          where: { checkoutId: order.checkoutId, status: "pending_payment" },
          select: { code: true },
        });
        const done = await releaseCheckoutStock(tx, {
          checkoutId: order.checkoutId,
          checkoutStatus: "cancelled",
          paymentStatus: "expired",
          actor: args.actor,
          note,
        });
        return done ? siblings.map((s) => s.code) : null;
      }, ORDER_TX);
      if (ended) return { cancelled: ended, refundVnd: 0 };
      // The checkout ended or got paid meanwhile: fall through and cancel this order as it now stands.
    } else {
      await db.$transaction(
        (tx) =>
          markCheckoutPaid(tx, {
            checkoutId: order.checkoutId,
            actor: args.actor,
            source: "cancel-found-paid",
          }),
        ORDER_TX,
      );
    }
  }

  return db.$transaction(async (tx) => {
    const changed = await cancelOrderReleasingStock(tx, {
      orderId: order.id,
      actor: args.actor,
      note,
      reason: note,
    });
    if (!changed) return { cancelled: [], refundVnd: 0 };
    const payment = await tx.payment.findUnique({
      where: { checkoutId: order.checkoutId },
      select: { id: true, method: true, status: true },
    });
    let refundVnd = 0;
    if (payment && payment.method !== "cod" && payment.status === "paid") {
      refundVnd = order.totalVnd;
      await appendAudit(tx, {
        actorId: args.actor.id,
        actorRole: args.actor.role,
        action: "payment.refund_due",
        entityType: "Payment",
        entityId: payment.id,
        data: { orderCode: order.code, amountVnd: refundVnd, reason: "order cancelled by buyer" },
      });
      await enqueueNotification(tx, {
        topic: "payment.refund_due",
        recipient: order.buyerPhone,
        payload: {
          orderCode: order.code,
          checkoutCode: order.code,
          amountVnd: refundVnd,
          method: payment.method,
        },
      });
    }
    return { cancelled: [order.code], refundVnd };
  }, ORDER_TX);
}
