import type { DbTx, Prisma } from "@cho-phien/db";
import type { ZMyProductsInput } from "@cho-phien/validators/listings";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { COVER_PHOTO, type PhotoCover, toPhotoCover } from "../catalog/product-photo";
import { shopAccessWhere } from "../shops/shop-access";
import { LATEST_DECISION, type RevisionRefusal, revisionRefusal } from "./revision-refusal";

export const MY_PRODUCTS_PAGE_SIZE = 30;

export interface MyProduct {
  id: string;
  slug: string;
  title: string;
  unit: string;
  priceVnd: number;
  stock: number;
  listingStatus: "draft" | "submitted" | "approved" | "rejected" | "changes_requested" | "archived";
  /** The reviewer's note when a listing was rejected or sent back. */
  reviewNote: string | null;
  /** Why a reviewer refused the farm's last revision of this listing on sale (see revisionRefusal). */
  revisionRefusal: RevisionRefusal | null;
  /** The cover photo (served by the storefront), or null. */
  image: PhotoCover | null;
  shop: { id: string; slug: string; name: string };
  ocop: {
    stars: number;
    status: "pending" | "verified" | "rejected" | "revoked" | "expired";
    expiresAt: Date;
  } | null;
  updatedAt: Date;
}

export interface MyProductsPage {
  items: MyProduct[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Products of every shop the user manages (owner or helper), newest change first. A `shopId` the user does
 * not manage simply matches nothing: the ownership condition is part of the same query.
 */
export async function listSellerListings(
  db: DbTx,
  actor: UserActor,
  input: z.output<typeof ZMyProductsInput>,
): Promise<MyProductsPage> {
  const where: Prisma.ProductWhereInput = {
    shop: shopAccessWhere(actor),
    ...(input.shopId ? { shopId: input.shopId } : {}),
    ...(input.status ? { listingStatus: input.status } : {}),
  };
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      select: {
        id: true,
        slug: true,
        title: true,
        unit: true,
        priceVnd: true,
        stock: true,
        listingStatus: true,
        reviewNote: true,
        revisionSubmittedAt: true,
        decisions: LATEST_DECISION,
        images: COVER_PHOTO,
        updatedAt: true,
        shop: { select: { id: true, slug: true, name: true } },
        ocop: { select: { stars: true, status: true, expiresAt: true } },
      },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (input.page - 1) * MY_PRODUCTS_PAGE_SIZE,
      take: MY_PRODUCTS_PAGE_SIZE,
    }),
    db.product.count({ where }),
  ]);
  return {
    items: rows.map(({ images, revisionSubmittedAt, decisions, ...p }) => ({
      ...p,
      revisionRefusal: revisionRefusal({ ...p, revisionSubmittedAt, decisions }),
      image: toPhotoCover(images[0]),
    })),
    total,
    page: input.page,
    pageSize: MY_PRODUCTS_PAGE_SIZE,
  };
}
