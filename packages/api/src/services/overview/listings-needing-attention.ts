import type { DbTx, ListingStatus, Prisma } from "@cho-phien/db";
import { LOW_STOCK_THRESHOLD } from "@cho-phien/validators/overview";

/** How many listings of each kind the overview names; the count says how many there are in all. */
const SHOWN = 10;

/** Listings that sell (or will once approved): the ones whose stock matters now. */
const STOCKED: ListingStatus[] = ["approved", "submitted"];

export interface ListingsNeedingAttention {
  lowStock: {
    total: number;
    items: { id: string; title: string; unit: string; stock: number; listingStatus: ListingStatus }[];
  };
  /** Submitted for a first review, or an approved listing whose edits were sent for review. */
  awaitingReview: {
    total: number;
    items: { id: string; title: string; revision: boolean; submittedAt: Date | null }[];
  };
  /** Sent back by a reviewer, with the reviewer's note. */
  needsChanges: { total: number; items: { id: string; title: string; reviewNote: string | null }[] };
}

/** The shop's listings the farm should look at: running out, waiting for a reviewer, sent back. */
export async function listingsNeedingAttention(db: DbTx, shopId: string): Promise<ListingsNeedingAttention> {
  const low: Prisma.ProductWhereInput = {
    shopId,
    listingStatus: { in: STOCKED },
    stock: { lte: LOW_STOCK_THRESHOLD },
  };
  const review: Prisma.ProductWhereInput = {
    shopId,
    OR: [{ listingStatus: "submitted" }, { listingStatus: "approved", revisionSubmittedAt: { not: null } }],
  };
  const changes: Prisma.ProductWhereInput = { shopId, listingStatus: "changes_requested" };
  const [lowItems, lowTotal, reviewItems, reviewTotal, changeItems, changeTotal] = await Promise.all([
    db.product.findMany({
      where: low,
      select: { id: true, title: true, unit: true, stock: true, listingStatus: true },
      orderBy: [{ stock: "asc" }, { title: "asc" }, { id: "asc" }],
      take: SHOWN,
    }),
    db.product.count({ where: low }),
    db.product.findMany({
      where: review,
      select: { id: true, title: true, listingStatus: true, submittedAt: true, revisionSubmittedAt: true },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: SHOWN,
    }),
    db.product.count({ where: review }),
    db.product.findMany({
      where: changes,
      select: { id: true, title: true, reviewNote: true },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: SHOWN,
    }),
    db.product.count({ where: changes }),
  ]);
  return {
    lowStock: { total: lowTotal, items: lowItems },
    awaitingReview: {
      total: reviewTotal,
      items: reviewItems.map((p) => {
        const revision = p.listingStatus === "approved";
        return {
          id: p.id,
          title: p.title,
          revision,
          submittedAt: revision ? p.revisionSubmittedAt : p.submittedAt,
        };
      }),
    },
    needsChanges: { total: changeTotal, items: changeItems },
  };
}
