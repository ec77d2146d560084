import type { OrderStatus } from "@cho-phien/db";
import type { TSellerStep } from "@cho-phien/validators/orders";
import { canTransition } from "./order-state-machine";

/**
 * The one step a farm takes next on an order, or null when it is not the farm's move (waiting for the
 * buyer's payment, delivered, cancelled...). The seller pages show exactly one big button for it, so a
 * farmer never has to choose between states. Checked against the shared state machine.
 */
const NEXT: Partial<Record<OrderStatus, TSellerStep>> = {
  placed: "accepted",
  accepted: "packed",
  packed: "shipped",
  shipped: "delivered",
};

export function nextSellerStep(status: OrderStatus): TSellerStep | null {
  const to = NEXT[status];
  return to && canTransition(status, to) ? to : null;
}
