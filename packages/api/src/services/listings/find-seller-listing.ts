import type { DbTx, Prisma } from "@cho-phien/db";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { shopAccessWhere } from "../shops/shop-access";
import { actOnShop, type ShopActor } from "../shops/shop-actor";

export const SELLER_LISTING_INCLUDE = {
  ocop: true,
  category: { select: { id: true, slug: true, name: true } },
  shop: { select: { id: true, slug: true, name: true } },
} as const satisfies Prisma.ProductInclude;

export type SellerListingRow = Prisma.ProductGetPayload<{ include: typeof SELLER_LISTING_INCLUDE }>;

/**
 * One product of a shop the caller manages, read with the access rule in the same query (another farm's id,
 * or a revoked helper, is "not found" exactly like an unknown id), and the caller's audit role for that shop
 * (actOnShop). Call it inside the transaction that makes the change.
 */
export async function findSellerListing(
  tx: DbTx,
  actor: UserActor,
  productId: string,
): Promise<{ product: SellerListingRow; by: ShopActor }> {
  const product = await tx.product.findFirst({
    where: { id: productId, shop: shopAccessWhere(actor) },
    include: SELLER_LISTING_INCLUDE,
  });
  if (!product) throw notFound("Không tìm thấy sản phẩm này trong gian hàng bạn quản lý");
  const by = await actOnShop(tx, actor, product.shopId);
  return { product, by };
}
