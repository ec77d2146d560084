import type { TOrderStatus } from "./orders";

/**
 * The words for an order's status, one table per locale, for both apps. Buyers see ORDER_STATUS_LABELS
 * (storefront pages, notifications); the farm's dashboard speaks of the same steps from its side of the
 * parcel ("Đơn mới" where the buyer reads "Đã đặt hàng"), so it has its own tables below. All keyed by
 * the full status list, so a new status does not compile until it has words everywhere.
 */
export type OrderStatusLocale = "vi" | "en";

export const ORDER_STATUS_LABELS: Record<OrderStatusLocale, Record<TOrderStatus, string>> = {
  vi: {
    pending_payment: "Chờ thanh toán",
    placed: "Đã đặt hàng",
    accepted: "Nhà vườn đã nhận đơn",
    packed: "Đã đóng gói",
    shipped: "Đang giao hàng",
    delivered: "Đã giao hàng",
    completed: "Hoàn tất",
    cancelled: "Đã hủy",
    refunded: "Đã hoàn tiền",
  },
  en: {
    pending_payment: "Awaiting payment",
    placed: "Placed",
    accepted: "Accepted by the farm",
    packed: "Packed",
    shipped: "On its way",
    delivered: "Delivered",
    completed: "Completed",
    cancelled: "Cancelled",
    refunded: "Refunded",
  },
};

/** The buyer-facing label; an unknown locale reads Vietnamese. */
export function orderStatusLabel(status: TOrderStatus, locale: OrderStatusLocale = "vi"): string {
  return (ORDER_STATUS_LABELS[locale] ?? ORDER_STATUS_LABELS.vi)[status];
}

/** The farm's words for the same statuses (dashboard /seller/orders), one table per locale like the buyer's. */
export const FARM_ORDER_STATUS_LABELS: Record<OrderStatusLocale, Record<TOrderStatus, string>> = {
  vi: {
    pending_payment: "Chờ người mua trả tiền",
    placed: "Đơn mới",
    accepted: "Đã nhận đơn",
    packed: "Đã đóng gói",
    shipped: "Đang giao",
    delivered: "Đã giao",
    completed: "Hoàn tất",
    cancelled: "Đã hủy",
    refunded: "Đã hoàn tiền",
  },
  en: {
    pending_payment: "Waiting for the buyer to pay",
    placed: "New order",
    accepted: "Accepted",
    packed: "Packed",
    shipped: "On the way",
    delivered: "Delivered",
    completed: "Completed",
    cancelled: "Cancelled",
    refunded: "Refunded",
  },
};

/** The farm-facing label; an unknown locale reads Vietnamese. */
export function farmOrderStatusLabel(status: TOrderStatus, locale: OrderStatusLocale = "vi"): string {
  return (FARM_ORDER_STATUS_LABELS[locale] ?? FARM_ORDER_STATUS_LABELS.vi)[status];
}
