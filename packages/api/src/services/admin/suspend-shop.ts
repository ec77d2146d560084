import type { Db } from "@cho-phien/db";
import type { TShopReasonInput } from "@cho-phien/validators/admin";
import type { UserActor } from "../../actor";
import { changeShopSuspension } from "./shop-suspension";

/**
 * An admin suspends a shop. `active = false` is all it takes for its listings to leave the storefront, search,
 * carts and checkout at once: every buyer-facing read applies publicProductWhere (catalog/public-product.ts).
 * Orders already placed are left alone, so the farm still ships and the buyers still get what they paid for.
 * Suspending a suspended shop changes nothing (the first reason stays).
 */
export function suspendShop(db: Db, actor: UserActor, input: TShopReasonInput) {
  return changeShopSuspension(db, actor, input, { suspend: true });
}
