import type { DbTx } from "@cho-phien/db";

export type NotificationTopic =
  | "order.placed"
  | "order.status_changed"
  | "payment.received"
  | "payment.expired"
  /** Money arrived for a checkout that had already expired or was cancelled: someone must refund it. */
  | "payment.refund_due"
  /** Farm-side order events: a new order for the farm, a farm's decline or an automatic cancel (buyer). */
  | "shop.order_received"
  | "order.declined"
  /** For the platform's staff (recipient null): a paid order was cancelled, refund it by hand. */
  | "payment.refund_needed"
  /** A farmer invited this person to help with their shop (payload: shopName, ownerName). */
  | "shop.helper_invited";

/**
 * Writes a notification to the outbox in the caller's transaction: it exists exactly when the event does.
 * A dispatcher (deliver-outbox.ts) sends it later through a NotificationSender and retries failures.
 */
export async function enqueueNotification(
  tx: DbTx,
  n: { topic: NotificationTopic; recipient?: string | null; payload: Record<string, unknown> },
): Promise<void> {
  await tx.outboxMessage.create({
    data: { topic: n.topic, recipient: n.recipient ?? null, payload: n.payload as object },
  });
}
