import type { OrderStatus } from "@cho-phien/db";

/**
 * The order lifecycle, shared by buyer, seller, admin and payment code. One table, no transitions hidden in
 * handlers (vendure's default-order-process). Who may take each step is decided by the caller's service.
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  pending_payment: ["placed", "cancelled"],
  placed: ["accepted", "cancelled"],
  accepted: ["packed", "cancelled"],
  packed: ["shipped", "cancelled"],
  shipped: ["delivered"],
  delivered: ["completed", "refunded"],
  completed: ["refunded"],
  cancelled: [],
  refunded: [],
};

/** Statuses in which stock is still held and the buyer may cancel (before the parcel leaves the farm). */
export const CANCELLABLE: readonly OrderStatus[] = ["pending_payment", "placed", "accepted", "packed"];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export const ORDER_STATUS_LABEL_VI: Record<OrderStatus, string> = {
  pending_payment: "Chờ thanh toán",
  placed: "Đã đặt hàng",
  accepted: "Nhà vườn đã nhận đơn",
  packed: "Đã đóng gói",
  shipped: "Đang giao hàng",
  delivered: "Đã giao hàng",
  completed: "Hoàn tất",
  cancelled: "Đã hủy",
  refunded: "Đã hoàn tiền",
};
