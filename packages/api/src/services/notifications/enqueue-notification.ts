import { currentRequestId } from "@cho-phien/config/log-context";
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
  | "shop.helper_invited"
  /** An admin revoked the farm's OCOP certificate (payload: productTitle, reason): the badge is gone. */
  | "ocop.certificate_revoked"
  /** The daily sweep: a verified OCOP certificate expires within 30 days, or has expired (payload: productTitle, expiresAt). */
  | "ocop.expiring"
  | "ocop.expired"
  /** A reviewer decided a listing or a revision of it (payload: productTitle, decision, revision, reason, comment). */
  | "listing.reviewed"
  /** A reviewer verified or rejected a listing's OCOP claim (payload: productTitle, decision, stars, comment). */
  | "ocop.reviewed";

/**
 * Where the outbox keeps what is about the message rather than in it, inside the payload (a Json column, so
 * no migration): the id of the request that caused it. The renderers read only their own keys.
 */
const META_KEY = "meta";

interface OutboxMeta {
  reqId?: string;
}

/**
 * Writes a notification to the outbox in the caller's transaction: it exists exactly when the event does.
 * A dispatcher (deliver-outbox.ts) sends it later through a NotificationSender and retries failures.
 * Enqueued while an HTTP request is handled, it records that request's id, so the worker's line about
 * sending it can be found from the request (and back).
 */
export async function enqueueNotification(
  tx: DbTx,
  n: { topic: NotificationTopic; recipient?: string | null; payload: Record<string, unknown> },
): Promise<void> {
  const reqId = currentRequestId();
  const meta: OutboxMeta | undefined = reqId ? { reqId } : undefined;
  const payload = meta ? { ...n.payload, [META_KEY]: meta } : n.payload;
  await tx.outboxMessage.create({
    data: { topic: n.topic, recipient: n.recipient ?? null, payload: payload as object },
  });
}

/** A stored payload split back into what the sender renders and what enqueueNotification added about it. */
export function splitOutboxPayload(stored: unknown): { payload: Record<string, unknown>; meta: OutboxMeta } {
  const { [META_KEY]: meta, ...payload } = (stored ?? {}) as Record<string, unknown>;
  return { payload, meta: (meta ?? {}) as OutboxMeta };
}
