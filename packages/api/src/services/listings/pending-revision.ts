import { type DbTx, type OcopCertificate, Prisma } from "@cho-phien/db";
import type { TOcopClaim, TOcopLevel } from "@cho-phien/validators/listings";
import { notFound } from "../../errors";
import { jsonArray, type ListingImage, replaceProductImages } from "./replace-product-images";

/** An OCOP claim as stored in a pending revision (dates as ISO strings: it lives in JSON). */
export interface OcopClaimJson {
  stars: number;
  decisionNumber: string;
  issuingAuthority: string;
  issuingLevel: TOcopLevel;
  signedAt: string;
  expiresAt: string;
  productGroup: string | null;
  producer: string | null;
  /** The certificate's scan attached to this proposal (setCertificateScan), filed with it on approval. */
  scanPath?: string | null;
}

/**
 * Edits to an approved listing's reviewed fields, waiting for review in Product.pendingRevision while the
 * approved version stays on sale. A key is present only when it differs from the approved value; `ocop: null`
 * proposes withdrawing the claim. `images` belongs to the photo editor (setListingPhotos): the whole proposed
 * photo list, in order, as image objects (read it with pendingImagesOf).
 */
export interface PendingRevision {
  title?: string;
  description?: string;
  categoryId?: string;
  images?: ListingImage[];
  ocop?: OcopClaimJson | null;
  [other: string]: unknown;
}

export function parsePendingRevision(json: unknown): PendingRevision | null {
  return json && typeof json === "object" && !Array.isArray(json) ? (json as PendingRevision) : null;
}

/**
 * The photo list a revision proposes, or null when it proposes none. Read defensively (it is JSON): revisions
 * saved before photos had their own table hold bare paths, which become images of unknown size.
 */
export function pendingImagesOf(pending: PendingRevision | null): ListingImage[] | null {
  const list: unknown = pending?.images;
  if (!Array.isArray(list)) return null;
  const images: ListingImage[] = [];
  for (const item of list) {
    if (typeof item === "string") {
      images.push({ path: item, alt: "", width: null, height: null, variants: [], uploadId: null });
      continue;
    }
    if (!item || typeof item !== "object") continue;
    const i = item as Record<string, Prisma.JsonValue>;
    if (typeof i.path !== "string" || !i.path) continue;
    const size = (v: Prisma.JsonValue | undefined) =>
      typeof v === "number" && Number.isInteger(v) && v > 0 ? v : null;
    images.push({
      path: i.path,
      alt: typeof i.alt === "string" ? i.alt : "",
      width: size(i.width),
      height: size(i.height),
      variants: jsonArray(i.variants),
      uploadId: typeof i.uploadId === "string" ? i.uploadId : null,
    });
  }
  return images;
}

export function ocopClaimJson(claim: TOcopClaim): OcopClaimJson {
  return {
    stars: claim.stars,
    decisionNumber: claim.decisionNumber,
    issuingAuthority: claim.issuingAuthority,
    issuingLevel: claim.issuingLevel,
    signedAt: claim.signedAt.toISOString(),
    expiresAt: claim.expiresAt.toISOString(),
    productGroup: claim.productGroup,
    producer: claim.producer,
  };
}

/** Whether a typed claim says the same as the certificate on file (both null: no claim either way). */
export function sameOcopClaim(cert: OcopCertificate | null, claim: TOcopClaim | null): boolean {
  if (!cert || !claim) return cert === null && claim === null;
  return (
    cert.stars === claim.stars &&
    cert.decisionNumber === claim.decisionNumber &&
    cert.issuingAuthority === claim.issuingAuthority &&
    cert.issuingLevel === claim.issuingLevel &&
    cert.signedAt.getTime() === claim.signedAt.getTime() &&
    cert.expiresAt.getTime() === claim.expiresAt.getTime() &&
    (cert.productGroup ?? null) === claim.productGroup &&
    (cert.producer ?? null) === claim.producer
  );
}

/** The certificate row for a claim, entering review as pending (any earlier decision is cleared). */
export function ocopCertificateData(claim: TOcopClaim | OcopClaimJson) {
  return {
    stars: claim.stars,
    decisionNumber: claim.decisionNumber,
    issuingAuthority: claim.issuingAuthority,
    issuingLevel: claim.issuingLevel,
    signedAt: new Date(claim.signedAt),
    expiresAt: new Date(claim.expiresAt),
    productGroup: claim.productGroup,
    producer: claim.producer,
    // A scan attached to a proposal replaces the one on file; without one, the certificate keeps its own.
    ...("scanPath" in claim && claim.scanPath ? { scanPath: claim.scanPath } : {}),
    status: "pending" as const,
    reviewedById: null,
    reviewedAt: null,
    reviewNote: null,
  };
}

/**
 * Puts a listing's pending revision on sale: its title, description, category and photos replace the live
 * ones (photos row by row, in the proposed order), its OCOP claim is filed as a pending certificate (or the
 * certificate withdrawn for `ocop: null`), and the revision is cleared. Buyers see none of it before this runs.
 *
 * Call it inside the transaction that records the decision (or folds the revision into a draft). It changes
 * neither the listing's status nor its version: the caller's own save does that, once. Returns the fields it
 * applied (empty when nothing was waiting), for the caller's audit entry.
 */
export async function applyPendingRevision(tx: DbTx, productId: string): Promise<string[]> {
  const product = await tx.product.findUnique({
    where: { id: productId },
    select: { id: true, title: true, pendingRevision: true },
  });
  if (!product) throw notFound("Không tìm thấy sản phẩm này");
  const pending = parsePendingRevision(product.pendingRevision);
  const applied: string[] = [];
  const data: Prisma.ProductUncheckedUpdateInput = {
    pendingRevision: Prisma.DbNull,
    revisionSubmittedAt: null,
  };
  if (typeof pending?.title === "string") {
    data.title = pending.title;
    applied.push("title");
  }
  if (typeof pending?.description === "string") {
    data.description = pending.description;
    applied.push("description");
  }
  if (typeof pending?.categoryId === "string") {
    data.categoryId = pending.categoryId;
    applied.push("categoryId");
  }
  await tx.product.update({ where: { id: product.id }, data });

  const images = pendingImagesOf(pending);
  if (images) {
    // A photo without its own description is described by the listing's (new) title.
    const title = pending?.title ?? product.title;
    await replaceProductImages(
      tx,
      product.id,
      images.map((img) => ({ ...img, alt: img.alt || title })),
    );
    applied.push("images");
  }
  if (pending && "ocop" in pending) {
    if (pending.ocop) {
      const cert = ocopCertificateData(pending.ocop);
      await tx.ocopCertificate.upsert({
        where: { productId: product.id },
        create: { productId: product.id, ...cert },
        update: cert,
      });
    } else {
      await tx.ocopCertificate.deleteMany({ where: { productId: product.id } });
    }
    applied.push("ocop");
  }
  return applied;
}
