import type { DbTx, Prisma } from "@cho-phien/db";
import { SHOP_RATINGS_PAGE_SIZE, type TShopRatingsInput } from "@cho-phien/validators/ratings";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { shopAccessWhere } from "../shops/shop-access";
import { shortName } from "./list-product-ratings";

export interface ShopRating {
  id: string;
  stars: number;
  comment: string | null;
  /** Abbreviated as on the product page ("N. T. Hà"): the farm answers the rating, not the person. */
  buyerName: string;
  createdAt: Date;
  reply: string | null;
  repliedAt: Date | null;
  product: { id: string; slug: string; title: string };
  shop: { id: string; name: string };
}

export interface ShopRatings {
  items: ShopRating[];
  page: number;
  pageSize: number;
  total: number;
  /** Of `total`, how many the farm has not answered yet. */
  unanswered: number;
}

/**
 * The ratings buyers gave the products of the farms the caller may act on (owner, accepted helper, admin),
 * newest first, with the farm's reply if any. Asking for a shop the caller does not manage (another farm's,
 * or one a revoked helper used to help) is "not found", the same as an unknown id.
 */
export async function listShopRatings(
  db: DbTx,
  actor: UserActor,
  input: TShopRatingsInput,
): Promise<ShopRatings> {
  const shops: Prisma.ShopWhereInput = {
    ...shopAccessWhere(actor),
    ...(input.shopId ? { id: input.shopId } : {}),
  };
  if (input.shopId && !(await db.shop.findFirst({ where: shops, select: { id: true } }))) {
    throw notFound("Không tìm thấy gian hàng bạn quản lý");
  }
  const where: Prisma.ProductReviewWhereInput = { product: { shop: shops } };
  const [rows, total, unanswered] = await Promise.all([
    db.productReview.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * SHOP_RATINGS_PAGE_SIZE,
      take: SHOP_RATINGS_PAGE_SIZE,
      select: {
        id: true,
        stars: true,
        comment: true,
        createdAt: true,
        reply: true,
        repliedAt: true,
        buyer: { select: { name: true } },
        product: {
          select: { id: true, slug: true, title: true, shop: { select: { id: true, name: true } } },
        },
      },
    }),
    db.productReview.count({ where }),
    db.productReview.count({ where: { ...where, reply: null } }),
  ]);
  return {
    items: rows.map(({ buyer, product: { shop, ...product }, ...r }) => ({
      ...r,
      buyerName: shortName(buyer.name),
      product,
      shop,
    })),
    page: input.page,
    pageSize: SHOP_RATINGS_PAGE_SIZE,
    total,
    unanswered,
  };
}
