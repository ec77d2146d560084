import type { Db } from "@cho-phien/db";
import type { UserActor } from "../../actor";
import { conflict, notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { ORDER_TX } from "../orders/transaction-options";
import { shopAccessWhere } from "../shops/shop-access";
import { actOnShop } from "../shops/shop-actor";

/**
 * The farm answers a rating, once. Only the shop's owner or helper (or an admin) finds the rating at all;
 * "once" is the conditional update on reply IS NULL, which also settles two helpers answering together.
 */
export async function replyToRating(
  db: Db,
  args: { reviewId: string; reply: string; actor: UserActor },
): Promise<{ reviewId: string; repliedAt: Date }> {
  return db.$transaction(async (tx) => {
    const review = await tx.productReview.findFirst({
      where: { id: args.reviewId, product: { shop: shopAccessWhere(args.actor) } },
      select: { id: true, product: { select: { shopId: true } } },
    });
    if (!review) throw notFound("Không tìm thấy đánh giá của sản phẩm thuộc gian hàng bạn quản lý");
    const shopActor = await actOnShop(tx, args.actor, review.product.shopId);
    const repliedAt = new Date();
    const updated = await tx.productReview.updateMany({
      where: { id: review.id, reply: null },
      data: { reply: args.reply, repliedAt },
    });
    if (updated.count !== 1) throw conflict("Gian hàng đã trả lời đánh giá này rồi", "ALREADY_REPLIED");
    await appendAudit(tx, {
      actorId: args.actor.id,
      actorRole: shopActor.role,
      action: "review.replied",
      entityType: "ProductReview",
      entityId: review.id,
      data: { shopId: review.product.shopId, length: args.reply.length },
    });
    return { reviewId: review.id, repliedAt };
  }, ORDER_TX);
}
