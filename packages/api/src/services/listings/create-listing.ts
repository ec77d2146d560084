import type { Db } from "@cho-phien/db";
import type { ZCreateListingInput } from "@cho-phien/validators/listings";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { appendAudit } from "../audit/append-audit";
import { actOnShop } from "../shops/shop-actor";
import { ocopCertificateData } from "./pending-revision";
import { resolveCategoryId } from "./resolve-category-id";
import { uniqueProductSlug } from "./unique-product-slug";

export interface ListingSaved {
  productId: string;
  slug: string;
  version: number;
  listingStatus: "draft" | "submitted" | "approved" | "rejected" | "changes_requested" | "archived";
  /** True when reviewed fields of an approved listing now wait in a pending revision. */
  hasPendingRevision: boolean;
}

/**
 * A new listing, as a draft nobody but the farm sees, in a shop the caller manages (owner, helper, admin).
 * Photos are added afterwards (it starts with none); an OCOP claim enters review as pending.
 */
export async function createListing(
  db: Db,
  actor: UserActor,
  input: z.output<typeof ZCreateListingInput>,
): Promise<ListingSaved> {
  return db.$transaction(async (tx) => {
    const by = await actOnShop(tx, actor, input.shopId);
    const f = input.fields;
    const categoryId = await resolveCategoryId(tx, f.categorySlug);
    const slug = await uniqueProductSlug(tx, f.title);
    const product = await tx.product.create({
      data: {
        shopId: input.shopId,
        categoryId,
        slug,
        title: f.title,
        description: f.description,
        unit: f.unit,
        priceVnd: f.priceVnd,
        compareAtPriceVnd: f.compareAtPriceVnd ?? null,
        stock: f.stock,
        maxPerOrder: f.maxPerOrder,
        weightGrams: f.weightGrams,
        harvestSeason: f.harvestSeason,
        origin: f.origin,
        listingStatus: "draft",
        ...(input.ocop ? { ocop: { create: ocopCertificateData(input.ocop) } } : {}),
      },
      select: { id: true, slug: true, version: true },
    });
    await appendAudit(tx, {
      actorId: by.id,
      actorRole: by.role,
      action: "listing.created",
      entityType: "Product",
      entityId: product.id,
      data: { shopId: input.shopId, version: product.version, ocopClaim: Boolean(input.ocop) },
    });
    return {
      productId: product.id,
      slug: product.slug,
      version: product.version,
      listingStatus: "draft",
      hasPendingRevision: false,
    };
  });
}
