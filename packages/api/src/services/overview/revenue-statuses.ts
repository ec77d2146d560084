import type { OrderStatus } from "@cho-phien/db";

/**
 * What the seller overview calls revenue ("doanh thu"): the total (items + shipping, what the buyer pays) of
 * the shop's orders the farm actually received — every status except pending_payment (a transfer or card
 * payment not made yet: not an order for the farm), cancelled and refunded. It counts on the Vietnam
 * calendar day the order was placed (Order.createdAt), whether or not it was paid or delivered yet. "New
 * orders today" counts the same orders, so it always matches today's bar of the chart.
 * See docs/seller-overview.md.
 */
export const REVENUE_STATUSES = [
  "placed",
  "accepted",
  "packed",
  "shipped",
  "delivered",
  "completed",
] as const satisfies readonly OrderStatus[];
