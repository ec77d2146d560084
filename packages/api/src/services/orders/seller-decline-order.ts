import type { Db, OrderStatus } from "@cho-phien/db";
import type { TSellerDeclineInput } from "@cho-phien/validators/orders";
import type { UserActor } from "../../actor";
import { conflict, notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { enqueueNotification } from "../notifications/enqueue-notification";
import { shopAccessWhere } from "../shops/shop-access";
import { actOnShop } from "../shops/shop-actor";
import { cancelOrderReleasingStock } from "../stock/release-order-stock";
import { ORDER_STATUS_LABEL_VI } from "./order-state-machine";
import { ORDER_TX } from "./transaction-options";

/** The farm may decline (placed) or cancel (accepted, packed) an order until the parcel leaves the farm. */
export const SELLER_DECLINABLE: readonly OrderStatus[] = ["placed", "accepted", "packed"];

export interface SellerDeclineResult {
  code: string;
  status: "cancelled";
  statusLabel: string;
  /** false when the order was already cancelled (a repeated submit, or the buyer cancelled first). */
  changed: boolean;
  /** Already paid by card or transfer: this much must go back to the buyer (flagged, not moved). */
  refundVnd: number;
}

/**
 * A farm (owner, granted helper, or admin) declines a new order or cancels one it accepted, before shipping,
 * telling the buyer why. Another farm's order is "not found". The order is locked and its status read under
 * the lock, then cancelled through the state machine by cancelOrderReleasingStock, so stock returns exactly
 * once however many declines and buyer cancels race: the others see "cancelled" and change nothing.
 *
 * The reason goes into the status timeline (the buyer's order page shows it), Order.cancelReason, the audit
 * log (`order.declined`, with the farm role from actOnShop) and the buyer's one notification about it
 * (`order.declined` with the reason, written by transitionOrder in place of "status changed"). An order paid
 * by card or transfer is NOT refunded here — no money moves: the refund is flagged the same way a buyer's
 * cancel flags it (audit `payment.refund_due` on the Payment, `payment.refund_due` to the buyer) plus a
 * `payment.refund_needed` message to the platform's staff, who refund through Stripe or the bank.
 */
export async function sellerDeclineOrder(
  db: Db,
  args: TSellerDeclineInput & { actor: UserActor },
): Promise<SellerDeclineResult> {
  return db.$transaction(async (tx) => {
    const found = await tx.order.findFirst({
      where: { code: args.code, shop: shopAccessWhere(args.actor) },
      select: { id: true, shopId: true },
    });
    if (!found) throw notFound("Không tìm thấy đơn hàng của gian hàng bạn quản lý");
    const farm = await actOnShop(tx, args.actor, found.shopId);
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${found.id} FOR UPDATE`;
    const order = await tx.order.findUniqueOrThrow({
      where: { id: found.id },
      select: { id: true, code: true, status: true, totalVnd: true, buyerPhone: true, checkoutId: true },
    });
    const done = {
      code: order.code,
      status: "cancelled" as const,
      statusLabel: ORDER_STATUS_LABEL_VI.cancelled,
    };
    if (order.status === "cancelled") return { ...done, changed: false, refundVnd: 0 };
    if (!SELLER_DECLINABLE.includes(order.status)) {
      throw conflict(
        order.status === "pending_payment"
          ? `Đơn ${order.code} đang chờ người mua thanh toán, chưa cần nhà vườn xử lý`
          : `Đơn ${order.code} đang ở trạng thái "${ORDER_STATUS_LABEL_VI[order.status]}": hàng đã rời nhà vườn, không thể từ chối hay hủy nữa`,
        "NOT_DECLINABLE",
      );
    }

    const from = order.status;
    const note = `${from === "placed" ? "Nhà vườn từ chối đơn" : "Nhà vườn hủy đơn"}: ${args.reason}`;
    const actor = { id: farm.id, role: farm.role };
    // The buyer's one message about it is the decline with the farm's reason (not also "now cancelled").
    const changed = await cancelOrderReleasingStock(tx, {
      orderId: order.id,
      actor,
      note,
      reason: note,
      buyerNotice: { topic: "order.declined", payload: { reason: args.reason, by: "farm" } },
    });
    if (!changed) return { ...done, changed: false, refundVnd: 0 };

    await appendAudit(tx, {
      actorId: farm.id,
      actorRole: farm.role,
      action: "order.declined",
      entityType: "Order",
      entityId: order.id,
      data: { orderCode: order.code, from, reason: args.reason },
    });

    const payment = await tx.payment.findUnique({
      where: { checkoutId: order.checkoutId },
      select: { id: true, method: true, status: true, checkout: { select: { code: true } } },
    });
    let refundVnd = 0;
    if (payment && payment.method !== "cod" && payment.status === "paid") {
      refundVnd = order.totalVnd;
      const facts = {
        orderCode: order.code,
        checkoutCode: payment.checkout.code,
        amountVnd: refundVnd,
        method: payment.method,
      };
      await appendAudit(tx, {
        actorId: farm.id,
        actorRole: farm.role,
        action: "payment.refund_due",
        entityType: "Payment",
        entityId: payment.id,
        data: { ...facts, reason: `order ${from === "placed" ? "declined" : "cancelled"} by the farm` },
      });
      // The buyer's message names the order (as a buyer's own cancel does); staff get the checkout too.
      await enqueueNotification(tx, {
        topic: "payment.refund_due",
        recipient: order.buyerPhone,
        payload: { ...facts, checkoutCode: order.code },
      });
      await enqueueNotification(tx, {
        topic: "payment.refund_needed",
        recipient: null,
        payload: { ...facts, reason: args.reason },
      });
    }
    return { ...done, changed: true, refundVnd };
  }, ORDER_TX);
}
