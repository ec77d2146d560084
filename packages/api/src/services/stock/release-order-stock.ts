import type { DbTx } from "@cho-phien/db";
import type { Actor } from "../../actor";
import { type BuyerNotice, transitionOrder } from "../orders/transition-order";

/**
 * Cancels one order and returns its items to stock, exactly once: the stock goes back only when this call
 * is the one that moves the order to "cancelled" (transitionOrder returns false when it already is, and
 * refuses statuses past "packed"). The order row is locked first so two concurrent cancels queue up and the
 * second sees "cancelled". Call inside a transaction. `buyerNotice` (a decline with its reason) is the buyer's
 * one message about it, instead of the generic status change (see transitionOrder).
 */
export async function cancelOrderReleasingStock(
  tx: DbTx,
  args: { orderId: string; actor: Actor; note?: string; reason?: string; buyerNotice?: BuyerNotice },
): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${args.orderId} FOR UPDATE`;
  const changed = await transitionOrder(tx, {
    orderId: args.orderId,
    to: "cancelled",
    actor: args.actor,
    note: args.note,
    buyerNotice: args.buyerNotice,
  });
  if (!changed) return false;
  if (args.reason)
    await tx.order.update({ where: { id: args.orderId }, data: { cancelReason: args.reason } });
  await returnItemsToStock(tx, args.orderId);
  return true;
}

/**
 * Adds each product's ordered quantity back. Products are updated in id order, the same order every writer
 * of Product.stock should use, so a release and a concurrent checkout never deadlock on two products.
 * Private to this module: only a winning transition to "cancelled" may call it.
 */
async function returnItemsToStock(tx: DbTx, orderId: string): Promise<void> {
  const items = await tx.orderItem.groupBy({
    by: ["productId"],
    where: { orderId },
    _sum: { quantity: true },
  });
  items.sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
  for (const it of items) {
    const qty = it._sum.quantity ?? 0;
    if (qty > 0) await tx.$executeRaw`UPDATE "Product" SET stock = stock + ${qty} WHERE id = ${it.productId}`;
  }
}
