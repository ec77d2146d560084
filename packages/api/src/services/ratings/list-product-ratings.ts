import type { DbTx } from "@cho-phien/db";
import { notFound } from "../../errors";
import { publicProductWhere } from "../catalog/public-product";
import { averageOf } from "./rate-product";

export interface ProductRating {
  id: string;
  stars: number;
  comment: string | null;
  /** "Nguyễn Thu Hà" → "N. T. Hà": recognisable to neighbours, not a full name on the internet. */
  buyerName: string;
  createdAt: Date;
  reply: string | null;
  repliedAt: Date | null;
}

export interface ProductRatings {
  productId: string;
  average: number;
  count: number;
  items: ProductRating[];
  page: number;
  pageCount: number;
}

/** A product's ratings for its page: the average from the running totals, then comments newest first. */
export async function listProductRatings(
  db: DbTx,
  args: { productId: string; page: number; pageSize: number },
): Promise<ProductRatings> {
  const product = await db.product.findFirst({
    where: { id: args.productId, ...publicProductWhere },
    select: { ratingCount: true, ratingSum: true },
  });
  if (!product) throw notFound("Không tìm thấy sản phẩm");
  const reviews = await db.productReview.findMany({
    where: { productId: args.productId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (args.page - 1) * args.pageSize,
    take: args.pageSize,
    select: {
      id: true,
      stars: true,
      comment: true,
      createdAt: true,
      reply: true,
      repliedAt: true,
      buyer: { select: { name: true } },
    },
  });
  return {
    productId: args.productId,
    average: averageOf(product.ratingSum, product.ratingCount),
    count: product.ratingCount,
    items: reviews.map((r) => ({
      id: r.id,
      stars: r.stars,
      comment: r.comment,
      buyerName: shortName(r.buyer.name),
      createdAt: r.createdAt,
      reply: r.reply,
      repliedAt: r.repliedAt,
    })),
    page: args.page,
    pageCount: Math.max(1, Math.ceil(product.ratingCount / args.pageSize)),
  };
}

/** Vietnamese names put the given name last: keep it, abbreviate the rest. */
export function shortName(full: string): string {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  if (parts.length <= 1) return parts[0] ?? "Người mua";
  return [...parts.slice(0, -1).map((p) => `${p[0].toUpperCase()}.`), parts[parts.length - 1]].join(" ");
}
