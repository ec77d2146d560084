import { type Db, Prisma } from "@cho-phien/db";
import type { ZUpdateListingInput } from "@cho-phien/validators/listings";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { conflict } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import type { ListingSaved } from "./create-listing";
import { findSellerListing } from "./find-seller-listing";
import {
  ocopCertificateData,
  ocopClaimJson,
  type PendingRevision,
  parsePendingRevision,
  sameOcopClaim,
} from "./pending-revision";
import { resolveCategoryId } from "./resolve-category-id";
import { saveListingVersion, staleListing } from "./save-listing-version";

/** The fields a reviewer checked before a listing went on sale (besides photos and the OCOP claim). */
const REVIEWED_FIELDS = ["title", "description", "categoryId"] as const;

/**
 * The farm saves the edit form. Whatever the status, price, stock and the other selling details publish at
 * once. The reviewed fields (title, description, category, OCOP claim):
 * - draft, sent back, rejected, or paused before ever being approved: changed in place;
 * - approved (or paused after approval): the approved version stays on sale and the proposal waits in
 *   `pendingRevision` until the farm sends it for review ("Gửi duyệt thay đổi") and a reviewer decides;
 * - submitted (in review): refused, so a reviewer never approves something other than what they read.
 * The save names the version it edited; a stale one is refused (STALE_LISTING) and nothing is written.
 */
export async function updateListing(
  db: Db,
  actor: UserActor,
  input: z.output<typeof ZUpdateListingInput>,
): Promise<ListingSaved> {
  return db.$transaction(async (tx) => {
    const { product: p, by } = await findSellerListing(tx, actor, input.productId);
    if (p.version !== input.version) throw staleListing();
    const f = input.fields;
    const proposed = {
      title: f.title,
      description: f.description,
      categoryId: await resolveCategoryId(tx, f.categorySlug),
    };
    const atOnce = {
      unit: f.unit,
      priceVnd: f.priceVnd,
      compareAtPriceVnd: f.compareAtPriceVnd ?? null,
      stock: f.stock,
      maxPerOrder: f.maxPerOrder,
      weightGrams: f.weightGrams,
      harvestSeason: f.harvestSeason,
      origin: f.origin,
    };
    const reviewedChanged: string[] = REVIEWED_FIELDS.filter((k) => proposed[k] !== p[k]);
    const ocopChanged = input.ocop !== undefined && !sameOcopClaim(p.ocop, input.ocop);
    if (ocopChanged) reviewedChanged.push("ocop");
    const changed = [
      ...(Object.keys(atOnce) as (keyof typeof atOnce)[]).filter((k) => atOnce[k] !== p[k]),
      ...reviewedChanged,
    ];

    const live = p.listingStatus === "approved" || (p.listingStatus === "archived" && p.approvedAt !== null);
    if (p.listingStatus === "submitted" && reviewedChanged.length > 0) {
      throw conflict(
        "Sản phẩm đang chờ duyệt: lúc này chỉ sửa được giá, số lượng và thông tin bán hàng. Tên, mô tả, danh mục và OCOP sửa được sau khi có kết quả duyệt.",
        "LISTING_IN_REVIEW",
      );
    }

    let hasPendingRevision = false;
    let version: number;
    if (live) {
      const prev = parsePendingRevision(p.pendingRevision) ?? {};
      const next: PendingRevision = { ...prev };
      for (const k of REVIEWED_FIELDS) {
        if (proposed[k] !== p[k]) next[k] = proposed[k];
        else delete next[k];
      }
      if (input.ocop !== undefined) {
        // A scan already attached to the proposal (setCertificateScan) stays with the re-typed claim.
        const scanPath = prev.ocop?.scanPath;
        if (ocopChanged)
          next.ocop = input.ocop ? { ...ocopClaimJson(input.ocop), ...(scanPath ? { scanPath } : {}) } : null;
        else delete next.ocop;
      }
      hasPendingRevision = Object.keys(next).length > 0;
      const pendingChanged = JSON.stringify(prev) !== JSON.stringify(next);
      version = await saveListingVersion(tx, p.id, input.version, {
        ...atOnce,
        pendingRevision: hasPendingRevision ? (next as Prisma.InputJsonObject) : Prisma.DbNull,
        // A changed proposal must be sent for review again; an unchanged one keeps its place in the queue.
        revisionSubmittedAt: hasPendingRevision && !pendingChanged ? p.revisionSubmittedAt : null,
      });
    } else {
      version = await saveListingVersion(tx, p.id, input.version, { ...atOnce, ...proposed });
      if (ocopChanged) {
        if (input.ocop) {
          const data = ocopCertificateData(input.ocop);
          await tx.ocopCertificate.upsert({
            where: { productId: p.id },
            create: { productId: p.id, ...data },
            update: data,
          });
        } else {
          await tx.ocopCertificate.deleteMany({ where: { productId: p.id } });
        }
      }
    }

    await appendAudit(tx, {
      actorId: by.id,
      actorRole: by.role,
      action: "listing.updated",
      entityType: "Product",
      entityId: p.id,
      data: {
        version,
        changed,
        ...(live && reviewedChanged.length > 0 ? { pendingRevision: reviewedChanged } : {}),
        ...(atOnce.priceVnd !== p.priceVnd ? { priceVnd: { from: p.priceVnd, to: atOnce.priceVnd } } : {}),
        ...(atOnce.stock !== p.stock ? { stock: { from: p.stock, to: atOnce.stock } } : {}),
      },
    });
    return { productId: p.id, slug: p.slug, version, listingStatus: p.listingStatus, hasPendingRevision };
  });
}
