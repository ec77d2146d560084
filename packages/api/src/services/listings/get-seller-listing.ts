import type { DbTx } from "@cho-phien/db";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { PRODUCT_PHOTOS, type ProductPhoto, toProductPhoto } from "../catalog/product-photo";
import { shopAccessWhere } from "../shops/shop-access";
import { SELLER_LISTING_INCLUDE } from "./find-seller-listing";
import { nextListingStatuses } from "./listing-transitions";
import { type OcopClaimJson, parsePendingRevision } from "./pending-revision";
import { LATEST_DECISION, type RevisionRefusal, revisionRefusal } from "./revision-refusal";

export interface SellerListingOcop extends OcopClaimJson {
  status: "pending" | "verified" | "rejected" | "revoked" | "expired";
  reviewNote: string | null;
}

/** The edit form's view of one listing: what is on sale, what waits for review, and the version it edits. */
export interface SellerListing {
  id: string;
  slug: string;
  version: number;
  listingStatus: "draft" | "submitted" | "approved" | "rejected" | "changes_requested" | "archived";
  reviewNote: string | null;
  /** Why a reviewer refused the farm's last revision of this listing on sale (see revisionRefusal). */
  revisionRefusal: RevisionRefusal | null;
  shop: { id: string; slug: string; name: string };
  title: string;
  description: string;
  category: { slug: string; name: string };
  unit: string;
  priceVnd: number;
  compareAtPriceVnd: number | null;
  stock: number;
  maxPerOrder: number;
  weightGrams: number;
  harvestSeason: string | null;
  origin: string | null;
  /** The photos buyers see, in order (edits to them wait in the photo editor, see pendingRevision.hasImages). */
  images: ProductPhoto[];
  ocop: SellerListingOcop | null;
  /** Edits of an approved listing waiting for review (buyers still see the fields above). */
  pendingRevision: {
    title?: string;
    description?: string;
    categorySlug?: string;
    ocop?: OcopClaimJson | null;
    hasImages: boolean;
    submittedAt: Date | null;
  } | null;
  approvedAt: Date | null;
  submittedAt: Date | null;
  updatedAt: Date;
  /** The steps the farm may take from here (for the buttons). */
  nextSteps: ("submitted" | "archived" | "draft" | "approved")[];
}

/** One listing of a shop the caller manages, for the edit form; another farm's id is "not found". */
export async function getSellerListing(
  db: DbTx,
  actor: UserActor,
  productId: string,
): Promise<SellerListing> {
  const p = await db.product.findFirst({
    where: { id: productId, shop: shopAccessWhere(actor) },
    include: { ...SELLER_LISTING_INCLUDE, images: PRODUCT_PHOTOS, decisions: LATEST_DECISION },
  });
  if (!p) throw notFound("Không tìm thấy sản phẩm này trong gian hàng bạn quản lý");
  const pending = parsePendingRevision(p.pendingRevision);
  let pendingCategorySlug: string | undefined;
  if (typeof pending?.categoryId === "string") {
    const c = await db.category.findUnique({ where: { id: pending.categoryId }, select: { slug: true } });
    pendingCategorySlug = c?.slug;
  }
  const o = p.ocop;
  return {
    id: p.id,
    slug: p.slug,
    version: p.version,
    listingStatus: p.listingStatus,
    reviewNote: p.reviewNote,
    revisionRefusal: revisionRefusal(p),
    shop: p.shop,
    title: p.title,
    description: p.description,
    category: { slug: p.category.slug, name: p.category.name },
    unit: p.unit,
    priceVnd: p.priceVnd,
    compareAtPriceVnd: p.compareAtPriceVnd,
    stock: p.stock,
    maxPerOrder: p.maxPerOrder,
    weightGrams: p.weightGrams,
    harvestSeason: p.harvestSeason,
    origin: p.origin,
    images: p.images.map(toProductPhoto),
    ocop: o
      ? {
          stars: o.stars,
          decisionNumber: o.decisionNumber,
          issuingAuthority: o.issuingAuthority,
          issuingLevel: o.issuingLevel,
          signedAt: o.signedAt.toISOString(),
          expiresAt: o.expiresAt.toISOString(),
          productGroup: o.productGroup,
          producer: o.producer,
          status: o.status,
          reviewNote: o.reviewNote,
        }
      : null,
    pendingRevision: pending
      ? {
          ...(typeof pending.title === "string" ? { title: pending.title } : {}),
          ...(typeof pending.description === "string" ? { description: pending.description } : {}),
          ...(pendingCategorySlug ? { categorySlug: pendingCategorySlug } : {}),
          ...("ocop" in pending ? { ocop: pending.ocop ?? null } : {}),
          hasImages: Array.isArray(pending.images),
          submittedAt: p.revisionSubmittedAt,
        }
      : null,
    approvedAt: p.approvedAt,
    submittedAt: p.submittedAt,
    updatedAt: p.updatedAt,
    nextSteps: nextListingStatuses(p.listingStatus, "seller") as SellerListing["nextSteps"],
  };
}
