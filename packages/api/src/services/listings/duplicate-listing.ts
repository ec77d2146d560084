import type { Db } from "@cho-phien/db";
import { LISTING_TITLE_MAX, type ZListingActionInput } from "@cho-phien/validators/listings";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { appendAudit } from "../audit/append-audit";
import type { ListingSaved } from "./create-listing";
import { findSellerListing } from "./find-seller-listing";
import { uniqueProductSlug } from "./unique-product-slug";

const COPY_SUFFIX = " (bản sao)";

/**
 * "Nhân bản": a new draft in the same shop with the listing's details (the version buyers see, not edits
 * waiting for review), titled "… (bản sao)". Photos and the OCOP certificate belong to the original product
 * and are not copied; the farm adds them to the copy.
 */
export async function duplicateListing(
  db: Db,
  actor: UserActor,
  input: z.output<typeof ZListingActionInput>,
): Promise<ListingSaved> {
  return db.$transaction(async (tx) => {
    const { product: p, by } = await findSellerListing(tx, actor, input.productId);
    const title = `${p.title.slice(0, LISTING_TITLE_MAX - COPY_SUFFIX.length).trimEnd()}${COPY_SUFFIX}`;
    const copy = await tx.product.create({
      data: {
        shopId: p.shopId,
        categoryId: p.categoryId,
        slug: await uniqueProductSlug(tx, title),
        title,
        description: p.description,
        unit: p.unit,
        priceVnd: p.priceVnd,
        compareAtPriceVnd: p.compareAtPriceVnd,
        stock: p.stock,
        maxPerOrder: p.maxPerOrder,
        weightGrams: p.weightGrams,
        harvestSeason: p.harvestSeason,
        origin: p.origin,
        images: [],
        listingStatus: "draft",
      },
      select: { id: true, slug: true, version: true },
    });
    await appendAudit(tx, {
      actorId: by.id,
      actorRole: by.role,
      action: "listing.duplicated",
      entityType: "Product",
      entityId: copy.id,
      data: { version: copy.version, from: p.id },
    });
    return {
      productId: copy.id,
      slug: copy.slug,
      version: copy.version,
      listingStatus: "draft",
      hasPendingRevision: false,
    };
  });
}
