import type { Db } from "@cho-phien/db";
import type { TShopReasonInput } from "@cho-phien/validators/admin";
import type { UserActor } from "../../actor";
import { changeShopSuspension } from "./shop-suspension";

/**
 * An admin lifts a shop's suspension: its approved listings are back on the storefront at once. The
 * suspension's reason is cleared from the shop (it stays in the audit log). Idempotent.
 */
export function reinstateShop(db: Db, actor: UserActor, input: TShopReasonInput) {
  return changeShopSuspension(db, actor, input, { suspend: false });
}
