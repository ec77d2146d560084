import type { DbTx, OrderStatus } from "@cho-phien/db";
import type { Actor } from "../../actor";
import { conflict, notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { enqueueNotification, type NotificationTopic } from "../notifications/enqueue-notification";
import { canTransition, ORDER_STATUS_LABEL_VI } from "./order-state-machine";

/**
 * What the buyer is told about a change when the generic "your order is now X" would say too little: a farm's
 * decline or the automatic cancel, with the reason. It replaces the generic message (one message per change,
 * never two); the order code is added here.
 */
export interface BuyerNotice {
  topic: NotificationTopic;
  payload: Record<string, unknown>;
}

/**
 * Moves one order to `to` if the state machine allows it from its current status. The UPDATE is conditional
 * on the status read, so two concurrent transitions cannot both win; the loser gets a clear conflict.
 * Writes the status timeline, the audit log and exactly one notification to the buyer in the same
 * transaction: `buyerNotice` when the caller has more to say (a reason), else "order.status_changed". This is
 * the one place a status change reaches the buyer, so callers never enqueue a second message for it.
 * Returns false (and changes nothing) when the order is already in `to` — replays are harmless.
 */
export async function transitionOrder(
  tx: DbTx,
  args: { orderId: string; to: OrderStatus; actor: Actor; note?: string; buyerNotice?: BuyerNotice },
): Promise<boolean> {
  const order = await tx.order.findUnique({
    where: { id: args.orderId },
    select: { status: true, code: true, buyerPhone: true },
  });
  if (!order) throw notFound("Không tìm thấy đơn hàng");
  if (order.status === args.to) return false;
  if (!canTransition(order.status, args.to)) {
    throw conflict(
      `Không thể chuyển đơn ${order.code} từ "${ORDER_STATUS_LABEL_VI[order.status]}" sang "${ORDER_STATUS_LABEL_VI[args.to]}"`,
      "ILLEGAL_TRANSITION",
    );
  }
  const updated = await tx.order.updateMany({
    where: { id: args.orderId, status: order.status },
    data: { status: args.to },
  });
  if (updated.count !== 1)
    throw conflict("Đơn hàng vừa được cập nhật bởi người khác, vui lòng tải lại", "STALE_ORDER");
  await tx.orderStatusEvent.create({
    data: { orderId: args.orderId, from: order.status, to: args.to, actorId: args.actor.id, note: args.note },
  });
  await appendAudit(tx, {
    actorId: args.actor.id,
    actorRole: args.actor.role,
    action: `order.${args.to}`,
    entityType: "Order",
    entityId: args.orderId,
    data: { from: order.status, to: args.to, note: args.note ?? null },
  });
  await enqueueNotification(
    tx,
    args.buyerNotice
      ? {
          topic: args.buyerNotice.topic,
          recipient: order.buyerPhone,
          payload: { orderCode: order.code, ...args.buyerNotice.payload },
        }
      : {
          topic: "order.status_changed",
          recipient: order.buyerPhone,
          payload: { orderCode: order.code, from: order.status, to: args.to },
        },
  );
  return true;
}
