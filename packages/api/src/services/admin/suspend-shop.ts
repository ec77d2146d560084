import type { Db } from "@cho-phien/db";
import type { TShopReasonInput } from "@cho-phien/validators/admin";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { auditAdminAction } from "./audit-admin-action";

/**
 * An admin suspends a shop. `active = false` is all it takes for its listings to leave the storefront, search,
 * carts and checkout at once: every buyer-facing read applies publicProductWhere (catalog/public-product.ts).
 * Orders already placed are left alone, so the farm still ships and the buyers still get what they paid for.
 * Suspending a suspended shop changes nothing (the first reason stays).
 */
export async function suspendShop(
  db: Db,
  actor: UserActor,
  input: TShopReasonInput,
): Promise<{ shopId: string; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.shop.updateMany({
      where: { id: input.shopId, suspendedAt: null },
      data: { active: false, suspendedAt: new Date(), suspendReason: input.reason },
    });
    if (count === 0) {
      if ((await tx.shop.count({ where: { id: input.shopId } })) === 0) {
        throw notFound("Không tìm thấy gian hàng này");
      }
      return { shopId: input.shopId, changed: false };
    }
    await auditAdminAction(tx, actor, {
      action: "shop.suspended",
      entityType: "Shop",
      entityId: input.shopId,
      reason: input.reason,
    });
    return { shopId: input.shopId, changed: true };
  });
}
