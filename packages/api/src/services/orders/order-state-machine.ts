import type { OrderStatus } from "@cho-phien/db";
import { ORDER_STATUS_LABELS } from "@cho-phien/validators/order-status-labels";
import type { TOrderStatus } from "@cho-phien/validators/orders";

/**
 * The order lifecycle, shared by buyer, seller, admin and payment code. One table, no transitions hidden in
 * handlers. Who may take each step is decided by the caller's service.
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

/** The buyer's Vietnamese words for each status (API messages, notifications); one table for every surface. */
export const ORDER_STATUS_LABEL_VI = ORDER_STATUS_LABELS.vi;

// The status list forms and filters use (validators' ORDER_STATUSES) must be exactly the database's enum.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _statusesMatch: Same<TOrderStatus, OrderStatus> = true;
void _statusesMatch;
