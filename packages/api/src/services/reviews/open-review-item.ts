import type { DbTx, ListingDecisionKind, ListingStatus, Prisma } from "@cho-phien/db";
import { provinceByCode } from "@cho-phien/validators/provinces";
import type { TReviewKind, ZOpenReviewInput } from "@cho-phien/validators/reviews";
import { wardByCode } from "@cho-phien/validators/wards";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { PRODUCT_PHOTOS, type ProductPhoto, toProductPhoto } from "../catalog/product-photo";
import { parsePendingRevision } from "../listings/pending-revision";
import { claimReviewItem } from "./review-claim";
import { reviewNotFound, reviewScopeWhere } from "./review-scope";
import {
  type CategoryRef,
  type OcopClaimFields,
  ocopFieldsOf,
  type RevisionChange,
  revisionDiff,
} from "./revision-diff";
import { waitingKind, waitingSince } from "./waiting-kind";

/** The listing as a buyer sees it on the product page (for a revision: the approved version on sale). */
export interface ReviewListingView {
  title: string;
  description: string;
  unit: string;
  priceVnd: number;
  compareAtPriceVnd: number | null;
  stock: number;
  maxPerOrder: number;
  weightGrams: number;
  harvestSeason: string | null;
  origin: string | null;
  images: ProductPhoto[];
  category: CategoryRef;
  /** The OCOP badge buyers see: only a verified, unexpired certificate shows one. */
  ocopBadgeStars: number | null;
}

/** The certificate on file: what the farm typed from it, its scan, and where its review stands. */
export interface ReviewCertificateView extends OcopClaimFields {
  status: "pending" | "verified" | "rejected" | "revoked" | "expired";
  traceabilityCode: string | null;
  scanPath: string | null;
  /** Whether the scan is a PDF (shown as a link) rather than a photo. */
  scanIsPdf: boolean;
  expired: boolean;
  reviewNote: string | null;
  verifiedFields: string[];
  publicCode: string | null;
  reviewedAt: Date | null;
  reviewerName: string | null;
}

export interface ReviewItem {
  productId: string;
  slug: string;
  /** The version a decision must name: a farm edit or another decision since makes it stale. */
  version: number;
  listingStatus: ListingStatus;
  /** What waits for a reviewer now; null when nothing does (decided already). */
  kind: TReviewKind | null;
  waitingSince: Date | null;
  reviewNote: string | null;
  /** Who holds the item: the caller (renewed by opening it) or someone else (read-only for the caller). */
  claim: { reviewerName: string; mine: boolean; expiresAt: Date } | null;
  listing: ReviewListingView;
  /** For a revision: what it would change, field by field. */
  changes: RevisionChange[];
  certificate: ReviewCertificateView | null;
  shop: {
    id: string;
    name: string;
    provinceCode: string;
    provinceName: string;
    communeName: string;
    wardName: string | null;
  };
  /** Earlier decisions on this listing, newest first. */
  decisions: {
    version: number;
    decision: ListingDecisionKind;
    revision: boolean;
    reasonCode: string | null;
    comment: string | null;
    reviewerName: string;
    createdAt: Date;
  }[];
}

const ITEM_INCLUDE = {
  shop: { select: { id: true, name: true, provinceCode: true, communeName: true, wardCode: true } },
  category: { select: { id: true, slug: true, name: true, nameEn: true } },
  images: PRODUCT_PHOTOS,
  ocop: { include: { reviewedBy: { select: { name: true } } } },
  decisions: {
    orderBy: { createdAt: "desc" },
    take: 10,
    include: { reviewer: { select: { name: true } } },
  },
} as const satisfies Prisma.ProductInclude;

/** Statuses a reviewer may open without anything waiting: the ones a reviewer decided (drafts stay private). */
const DECIDED: readonly ListingStatus[] = ["approved", "changes_requested", "rejected"];

/**
 * A reviewer opens one item of their queue: it is held for them for a while (claimReviewItem), or shown
 * read-only with the name of whoever holds it. Returns what a decision needs: the listing as buyers see it,
 * a revision's changes field by field, the certificate with its scan, the shop, and the version to decide on.
 * A listing outside the reviewer's provinces is "not found", exactly like an unknown id.
 */
export async function openReviewItem(
  db: DbTx,
  actor: UserActor,
  input: z.output<typeof ZOpenReviewInput>,
  now = new Date(),
): Promise<ReviewItem> {
  const scope = await reviewScopeWhere(db, actor);
  const p = await db.product.findFirst({
    where: { AND: [{ id: input.productId }, scope] },
    include: ITEM_INCLUDE,
  });
  if (!p) throw reviewNotFound();
  const kind = waitingKind(p);
  if (kind === null && !DECIDED.includes(p.listingStatus)) throw reviewNotFound();

  const holder = kind ? await claimReviewItem(db, p.id, actor.id, now) : null;
  const pending = kind === "revision" ? parsePendingRevision(p.pendingRevision) : null;
  const photos = p.images.map(toProductPhoto);
  const images = photos.map((i) => i.path);
  const proposedCategory =
    typeof pending?.categoryId === "string" && pending.categoryId !== p.categoryId
      ? await db.category.findUnique({
          where: { id: pending.categoryId },
          select: { id: true, slug: true, name: true, nameEn: true },
        })
      : null;
  const oc = p.ocop;

  return {
    productId: p.id,
    slug: p.slug,
    version: p.version,
    listingStatus: p.listingStatus,
    kind,
    waitingSince: kind ? waitingSince(kind, p) : null,
    reviewNote: p.reviewNote,
    claim: holder
      ? {
          reviewerName: holder.reviewerName,
          mine: holder.reviewerId === actor.id,
          expiresAt: holder.expiresAt,
        }
      : null,
    listing: {
      title: p.title,
      description: p.description,
      unit: p.unit,
      priceVnd: p.priceVnd,
      compareAtPriceVnd: p.compareAtPriceVnd,
      stock: p.stock,
      maxPerOrder: p.maxPerOrder,
      weightGrams: p.weightGrams,
      harvestSeason: p.harvestSeason,
      origin: p.origin,
      images: photos,
      category: p.category,
      ocopBadgeStars: oc && oc.status === "verified" && oc.expiresAt > now ? oc.stars : null,
    },
    changes: pending
      ? revisionDiff(
          { title: p.title, description: p.description, category: p.category, images, ocop: oc },
          pending,
          proposedCategory,
        )
      : [],
    certificate: oc
      ? {
          ...ocopFieldsOf(oc),
          status: oc.status,
          traceabilityCode: oc.traceabilityCode,
          scanPath: oc.scanPath,
          scanIsPdf: /\.pdf$/i.test(oc.scanPath ?? ""),
          expired: oc.expiresAt <= now,
          reviewNote: oc.reviewNote,
          verifiedFields: Array.isArray(oc.verifiedFields)
            ? oc.verifiedFields.filter((f): f is string => typeof f === "string")
            : [],
          publicCode: oc.publicCode,
          reviewedAt: oc.reviewedAt,
          reviewerName: oc.reviewedBy?.name ?? null,
        }
      : null,
    shop: {
      id: p.shop.id,
      name: p.shop.name,
      provinceCode: p.shop.provinceCode,
      provinceName: provinceByCode(p.shop.provinceCode)?.name ?? p.shop.provinceCode,
      communeName: p.shop.communeName,
      wardName: p.shop.wardCode ? (wardByCode(p.shop.wardCode)?.name ?? null) : null,
    },
    decisions: p.decisions.map((d) => ({
      version: d.version,
      decision: d.decision,
      revision: d.revision,
      reasonCode: d.reasonCode,
      comment: d.comment,
      reviewerName: d.reviewer.name,
      createdAt: d.createdAt,
    })),
  };
}
