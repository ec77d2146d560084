import type { OrderStatus, PaymentMethod } from "@cho-phien/db";

/**
 * Cash on delivery reaches the farm only after the parcel reached the buyer: the carrier collected it and
 * hands it over later. So the farm records "Đã thu tiền" on a COD order that is delivered or completed, and
 * the overview counts exactly these orders as cash expected or collected. One list for both.
 */
export const COD_COLLECTABLE_STATUSES = ["delivered", "completed"] as const satisfies readonly OrderStatus[];

/** Whether the farm may record (or correct) the cash collected for an order now. */
export function canRecordCash(status: OrderStatus, method: PaymentMethod): boolean {
  return method === "cod" && (COD_COLLECTABLE_STATUSES as readonly OrderStatus[]).includes(status);
}
