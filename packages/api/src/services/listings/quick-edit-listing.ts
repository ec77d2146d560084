import type { Db } from "@cho-phien/db";
import type { ZQuickEditInput } from "@cho-phien/validators/listings";
import { formatVnd } from "@cho-phien/validators/money";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { badRequest } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { findSellerListing } from "./find-seller-listing";
import { saveListingVersion } from "./save-listing-version";

/**
 * From the product list: a new price or stock, published at once in any status (neither is reviewed). It
 * bumps the listing's version, so an edit form opened before it is told the listing changed.
 */
export async function quickEditListing(
  db: Db,
  actor: UserActor,
  input: z.output<typeof ZQuickEditInput>,
): Promise<{ productId: string; priceVnd: number; stock: number; version: number; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const { product: p, by } = await findSellerListing(tx, actor, input.productId);
    const priceVnd = input.priceVnd ?? p.priceVnd;
    const stock = input.stock ?? p.stock;
    if (priceVnd === p.priceVnd && stock === p.stock) {
      return { productId: p.id, priceVnd, stock, version: p.version, changed: false };
    }
    if (p.compareAtPriceVnd !== null && priceVnd >= p.compareAtPriceVnd) {
      throw badRequest(
        `Giá bán phải thấp hơn giá gốc ${formatVnd(p.compareAtPriceVnd)}. Hãy sửa giá gốc trong trang “Sửa”.`,
        "PRICE_ABOVE_COMPARE_AT",
      );
    }
    const version = await saveListingVersion(tx, p.id, p.version, { priceVnd, stock });
    const audit = { actorId: by.id, actorRole: by.role, entityType: "Product", entityId: p.id };
    if (priceVnd !== p.priceVnd) {
      await appendAudit(tx, {
        ...audit,
        action: "listing.price_changed",
        data: { version, from: p.priceVnd, to: priceVnd },
      });
    }
    if (stock !== p.stock) {
      await appendAudit(tx, {
        ...audit,
        action: "listing.stock_changed",
        data: { version, from: p.stock, to: stock },
      });
    }
    return { productId: p.id, priceVnd, stock, version, changed: true };
  });
}
