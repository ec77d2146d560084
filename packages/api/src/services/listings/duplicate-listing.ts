import type { Db } from "@cho-phien/db";
import { LISTING_TITLE_MAX, type ZListingActionInput } from "@cho-phien/validators/listings";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { appendAudit } from "../audit/append-audit";
import type { ListingSaved } from "./create-listing";
import { findSellerListing } from "./find-seller-listing";
import { jsonArray, replaceProductImages } from "./replace-product-images";
import { uniqueProductSlug } from "./unique-product-slug";

const COPY_SUFFIX = " (bản sao)";

/**
 * "Nhân bản": a new draft in the same shop with the listing's details and photos (the version buyers see, not
 * edits waiting for review), titled "… (bản sao)". The photos are new rows pointing at the same stored files
 * (a stored photo never changes under its key), so either listing can change its own later. The OCOP
 * certificate belongs to the original product and is not copied; the farm claims it for the copy if it holds.
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
        listingStatus: "draft",
      },
      select: { id: true, slug: true, version: true },
    });
    const photos = await tx.productImage.findMany({
      where: { productId: p.id },
      orderBy: { position: "asc" },
      select: { path: true, alt: true, width: true, height: true, variants: true, uploadId: true },
    });
    await replaceProductImages(
      tx,
      copy.id,
      photos.map((img) => ({ ...img, variants: jsonArray(img.variants) })),
    );
    await appendAudit(tx, {
      actorId: by.id,
      actorRole: by.role,
      action: "listing.duplicated",
      entityType: "Product",
      entityId: copy.id,
      data: { version: copy.version, from: p.id, photos: photos.length },
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
