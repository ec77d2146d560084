import type { DbTx, OrderStatus, PaymentMethod, PaymentStatus, ShipmentStatus } from "@cho-phien/db";
import { CARRIER_LABEL, type TCarrier } from "@cho-phien/validators/checkout";
import { notFound } from "../../errors";
import { type OrderViewer, orderAccessWhere } from "./order-access";
import { ORDER_LINE_SELECT, type OrderLineView } from "./order-line";
import { CANCELLABLE, ORDER_STATUS_LABEL_VI } from "./order-state-machine";

export interface OrderDetail {
  code: string;
  status: OrderStatus;
  statusLabel: string;
  createdAt: Date;
  checkoutCode: string;
  shop: { name: string; slug: string };
  address: unknown;
  /** With the buyer's stars for this product in this order, if rated. */
  items: (OrderLineView & { myStars: number | null })[];
  itemsTotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
  payment: { method: PaymentMethod; status: PaymentStatus } | null;
  shipment: {
    carrier: string;
    carrierName: string;
    service: string;
    trackingCode: string | null;
    status: ShipmentStatus;
    estimatedDays: number;
    /** Expected delivery: from the day it shipped (or was ordered, before that) plus the carrier's days. */
    eta: Date;
  } | null;
  timeline: { from: OrderStatus | null; to: OrderStatus; label: string; note: string | null; at: Date }[];
  cancelReason: string | null;
  canCancel: boolean;
  /** Cancelling an unpaid order ends its whole checkout: these are the other farms' orders it takes along. */
  cancelTakesAlong: string[];
  canRate: boolean;
  refundNote: string | null;
}

export const RATEABLE: readonly OrderStatus[] = ["delivered", "completed"];

/** One order as its buyer sees it (NOT_FOUND for anyone else). */
export async function getOrderDetail(db: DbTx, code: string, viewer: OrderViewer): Promise<OrderDetail> {
  const where = orderAccessWhere(code, viewer);
  const order = where
    ? await db.order.findFirst({
        where,
        include: {
          shop: { select: { name: true, slug: true } },
          items: { orderBy: { id: "asc" }, select: ORDER_LINE_SELECT },
          shipment: true,
          history: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
          reviews: { select: { productId: true, stars: true } },
          checkout: {
            select: {
              code: true,
              payment: { select: { method: true, status: true } },
              orders: { select: { code: true, status: true } },
            },
          },
        },
      })
    : null;
  if (!order) throw notFound("Không tìm thấy đơn hàng. Vui lòng kiểm tra mã đơn và số điện thoại.");

  const stars = new Map(order.reviews.map((r) => [r.productId, r.stars]));
  const shippedAt = order.history.find((h) => h.to === "shipped")?.createdAt;
  const payment = order.checkout.payment;
  const paidElsewhere =
    payment && payment.method !== "cod" && (payment.status === "paid" || payment.status === "refunded");
  return {
    code: order.code,
    status: order.status,
    statusLabel: ORDER_STATUS_LABEL_VI[order.status],
    createdAt: order.createdAt,
    checkoutCode: order.checkout.code,
    shop: order.shop,
    address: order.address,
    items: order.items.map((i) => ({ ...i, myStars: stars.get(i.productId) ?? null })),
    itemsTotalVnd: order.itemsTotalVnd,
    shippingVnd: order.shippingVnd,
    totalVnd: order.totalVnd,
    payment,
    shipment: order.shipment && {
      carrier: order.shipment.carrier,
      carrierName: CARRIER_LABEL[order.shipment.carrier as TCarrier] ?? order.shipment.carrier,
      service: order.shipment.service,
      trackingCode: order.shipment.trackingCode,
      status: order.shipment.status,
      estimatedDays: order.shipment.estimatedDays,
      eta: addDays(shippedAt ?? order.createdAt, order.shipment.estimatedDays),
    },
    timeline: order.history.map((h) => ({
      from: h.from,
      to: h.to,
      label: ORDER_STATUS_LABEL_VI[h.to],
      note: h.note,
      at: h.createdAt,
    })),
    cancelReason: order.cancelReason,
    canCancel: CANCELLABLE.includes(order.status),
    cancelTakesAlong:
      order.status === "pending_payment"
        ? order.checkout.orders
            .filter((o) => o.code !== order.code && o.status === "pending_payment")
            .map((o) => o.code)
        : [],
    canRate: RATEABLE.includes(order.status) && !!order.buyerId && order.buyerId === viewer.userId,
    refundNote:
      order.status === "cancelled" && paidElsewhere
        ? payment.status === "refunded"
          ? "Đã hoàn tiền cho đơn này."
          : "Đơn đã thanh toán trước: Chợ Phiên sẽ hoàn tiền về tài khoản/thẻ của bạn trong 5–10 ngày làm việc."
        : null,
  };
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 24 * 60 * 60 * 1000);
}
