import { type DbTx, Prisma } from "@cho-phien/db";
import { provinceByCode } from "@cho-phien/validators/provinces";
import { REVIEW_KINDS, type TReviewKind, type ZReviewQueueInput } from "@cho-phien/validators/reviews";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { COVER_PHOTO, type PhotoCover, toPhotoCover } from "../catalog/product-photo";
import { parsePendingRevision } from "../listings/pending-revision";
import { liveClaim } from "./review-claim";
import { reviewerProvinceCodes, reviewScopeWhere } from "./review-scope";
import { WAITING_WHERE, waitingSince } from "./waiting-kind";

export const REVIEW_QUEUE_PAGE_SIZE = 20;

export interface ReviewQueueItem {
  productId: string;
  slug: string;
  title: string;
  unit: string;
  priceVnd: number;
  image: PhotoCover | null;
  kind: TReviewKind;
  waitingSince: Date;
  /** For a revision: which reviewed fields the farm changed. */
  revisionFields: string[];
  category: { slug: string; name: string; nameEn: string };
  shop: { name: string; provinceCode: string; provinceName: string; communeName: string };
  /** The OCOP claim on file (status pending until a reviewer checks it). */
  ocop: { stars: number; status: string; expired: boolean } | null;
  /** Who holds the item now (a live claim), so two reviewers do not read the same file. */
  claim: { reviewerName: string; mine: boolean; expiresAt: Date } | null;
}

export interface ReviewQueue {
  items: ReviewQueueItem[];
  total: number;
  page: number;
  pageSize: number;
  /** Waiting items per kind, with the other filters applied. */
  counts: Record<TReviewKind, number>;
  /** Since when the oldest item matching the filters has waited (null: nothing waits). */
  oldestWaitingSince: Date | null;
  /** The provinces the caller covers (null: every province), for the filter. */
  provinces: { code: string; name: string }[] | null;
}

const ITEM_SELECT = {
  id: true,
  slug: true,
  title: true,
  unit: true,
  priceVnd: true,
  listingStatus: true,
  pendingRevision: true,
  submittedAt: true,
  revisionSubmittedAt: true,
  createdAt: true,
  images: COVER_PHOTO,
  category: { select: { slug: true, name: true, nameEn: true } },
  shop: { select: { name: true, provinceCode: true, communeName: true } },
  ocop: { select: { stars: true, status: true, expiresAt: true, updatedAt: true } },
  reviewClaim: { select: { reviewerId: true, expiresAt: true, reviewer: { select: { name: true } } } },
} as const satisfies Prisma.ProductSelect;

/** The column each kind waits by, for the database's ordering (see waitingSince for the rule itself). */
const ORDER_BY: Record<TReviewKind, Prisma.ProductOrderByWithRelationInput[]> = {
  new: [{ submittedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
  revision: [{ revisionSubmittedAt: "asc" }, { id: "asc" }],
  certificate: [{ ocop: { updatedAt: "asc" } }, { id: "asc" }],
};

/**
 * The reviewer's queue: what waits in their provinces (new listings, revisions of listings on sale, OCOP
 * certificates left to check), oldest first so nobody waits forever, with who holds each item.
 *
 * The kinds wait by different columns, so each kind is read in its own order (enough rows for the page)
 * and the lists are merged; the page cap (REVIEW_QUEUE_PAGE_MAX) bounds what that reads.
 */
export async function listReviewQueue(
  db: DbTx,
  actor: UserActor,
  input: z.output<typeof ZReviewQueueInput>,
  now = new Date(),
): Promise<ReviewQueue> {
  const [scope, codes] = await Promise.all([reviewScopeWhere(db, actor), reviewerProvinceCodes(db, actor)]);
  const filters: Prisma.ProductWhereInput[] = [scope];
  if (input.province) filters.push({ shop: { provinceCode: input.province } });
  if (input.category) filters.push({ category: { slug: input.category } });
  if (input.ocop) filters.push(input.ocop === "with" ? CLAIMS_OCOP : CLAIMS_NO_OCOP);
  const whereFor = (kind: TReviewKind): Prisma.ProductWhereInput => ({
    AND: [...filters, WAITING_WHERE[kind]],
  });

  const kinds = input.kind ? [input.kind] : [...REVIEW_KINDS];
  const take = input.page * REVIEW_QUEUE_PAGE_SIZE;
  const [countList, rowLists] = await Promise.all([
    Promise.all(REVIEW_KINDS.map((k) => db.product.count({ where: whereFor(k) }))),
    Promise.all(
      kinds.map(async (kind) =>
        (
          await db.product.findMany({
            where: whereFor(kind),
            select: ITEM_SELECT,
            orderBy: ORDER_BY[kind],
            take,
          })
        ).map((row) => ({ kind, row, since: waitingSince(kind, row) })),
      ),
    ),
  ]);
  const counts = Object.fromEntries(REVIEW_KINDS.map((k, i) => [k, countList[i]])) as Record<
    TReviewKind,
    number
  >;
  const merged = rowLists
    .flat()
    .sort((a, b) => a.since.getTime() - b.since.getTime() || a.row.id.localeCompare(b.row.id));
  // Each list starts with its own oldest item, so the merged head is the oldest of all.
  const oldestWaitingSince = merged[0]?.since ?? null;
  const pageRows = merged.slice((input.page - 1) * REVIEW_QUEUE_PAGE_SIZE, take);

  return {
    items: pageRows.map(({ kind, row: p, since }) => ({
      productId: p.id,
      slug: p.slug,
      title: p.title,
      unit: p.unit,
      priceVnd: p.priceVnd,
      image: toPhotoCover(p.images[0]),
      kind,
      waitingSince: since,
      revisionFields: kind === "revision" ? Object.keys(parsePendingRevision(p.pendingRevision) ?? {}) : [],
      category: p.category,
      shop: {
        name: p.shop.name,
        provinceCode: p.shop.provinceCode,
        provinceName: provinceByCode(p.shop.provinceCode)?.name ?? p.shop.provinceCode,
        communeName: p.shop.communeName,
      },
      ocop: p.ocop ? { stars: p.ocop.stars, status: p.ocop.status, expired: p.ocop.expiresAt <= now } : null,
      claim: liveClaim(p.reviewClaim, actor.id, now),
    })),
    total: kinds.reduce((sum, k) => sum + counts[k], 0),
    page: input.page,
    pageSize: REVIEW_QUEUE_PAGE_SIZE,
    counts,
    oldestWaitingSince,
    provinces:
      codes === null ? null : codes.map((code) => ({ code, name: provinceByCode(code)?.name ?? code })),
  };
}

/** An item "claims OCOP" when a certificate is on file or the farm's pending edits propose one. */
const CLAIMS_OCOP: Prisma.ProductWhereInput = {
  OR: [{ ocop: { isNot: null } }, { pendingRevision: { path: ["ocop", "stars"], gte: 1 } }],
};
/**
 * Its complement, spelled out: `NOT: CLAIMS_OCOP` would drop every row without pending edits, because a JSON
 * path into a NULL column is NULL in SQL and NOT (NULL) is not true. "No ocop key (or null)" covers them.
 */
const CLAIMS_NO_OCOP: Prisma.ProductWhereInput = {
  ocop: { is: null },
  pendingRevision: { path: ["ocop"], equals: Prisma.AnyNull },
};
