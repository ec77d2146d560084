import type { Db } from "@cho-phien/db";
import { conflict, forbidden, notFound } from "../../errors";

import { RATEABLE } from "../orders/get-order-detail";
import { ORDER_TX } from "../orders/transaction-options";

/**
 * The buyer of a delivered (or completed) order rates one of its products, once: 1–5 stars and an optional
 * comment. Who may rate is decided by the query that finds the order (this buyer, delivered, containing the
 * product); "once" by the unique (orderId, productId) index, which also settles two simultaneous submits.
 * A farm never rates its own produce: the shop's owner and its helpers (even revoked ones, who acted for it)
 * are refused, whoever placed the order.
 * The product's running count and sum move in the same transaction, so the average never drifts.
 */
export async function rateProduct(
  db: Db,
  args: { buyerId: string; orderCode: string; productId: string; stars: number; comment?: string },
): Promise<{ reviewId: string; average: number; count: number }> {
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { code: args.orderCode, buyerId: args.buyerId, items: { some: { productId: args.productId } } },
      select: { id: true, status: true },
    });
    if (!order) throw notFound("Không tìm thấy sản phẩm này trong đơn hàng của bạn");
    const ownFarm = await tx.shop.count({
      where: {
        products: { some: { id: args.productId } },
        OR: [{ ownerId: args.buyerId }, { helpers: { some: { userId: args.buyerId } } }],
      },
    });
    if (ownFarm > 0) throw forbidden("Nhà vườn không thể tự đánh giá sản phẩm của mình", "OWN_PRODUCT");
    if (!RATEABLE.includes(order.status)) {
      throw conflict("Bạn có thể đánh giá sau khi đã nhận được hàng", "NOT_DELIVERED");
    }
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "ProductReview" (id, "productId", "orderId", "buyerId", stars, comment, "createdAt")
      VALUES (${`rv_${crypto.randomUUID()}`}, ${args.productId}, ${order.id}, ${args.buyerId}, ${args.stars},
              ${args.comment ? args.comment : null}, ${new Date()})
      ON CONFLICT ("orderId", "productId") DO NOTHING
      RETURNING id`;
    if (!inserted.length)
      throw conflict("Bạn đã đánh giá sản phẩm này cho đơn hàng này rồi", "ALREADY_RATED");
    const p = await tx.product.update({
      where: { id: args.productId },
      data: { ratingCount: { increment: 1 }, ratingSum: { increment: args.stars } },
      select: { ratingCount: true, ratingSum: true },
    });
    return { reviewId: inserted[0].id, count: p.ratingCount, average: averageOf(p.ratingSum, p.ratingCount) };
  }, ORDER_TX);
}

/** Average to one decimal (4.3), 0 when unrated. */
export function averageOf(sum: number, count: number): number {
  return count ? Math.round((sum / count) * 10) / 10 : 0;
}
