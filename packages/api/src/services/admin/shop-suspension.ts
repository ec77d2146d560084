import type { Db, Prisma } from "@cho-phien/db";
import type { TShopReasonInput } from "@cho-phien/validators/admin";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { auditAdminAction } from "./audit-admin-action";

/**
 * Suspends or reinstates a shop in one transaction: a conditional update (so a repeat changes nothing and is not
 * audited twice), NOT_FOUND for an unknown shop, and an audit entry with the admin's reason when it changed.
 */
export async function changeShopSuspension(
  db: Db,
  actor: UserActor,
  input: TShopReasonInput,
  change: { suspend: boolean },
): Promise<{ shopId: string; changed: boolean }> {
  const where: Prisma.ShopWhereInput = change.suspend
    ? { id: input.shopId, suspendedAt: null }
    : { id: input.shopId, OR: [{ active: false }, { suspendedAt: { not: null } }] };
  const data: Prisma.ShopUpdateManyMutationInput = change.suspend
    ? { active: false, suspendedAt: new Date(), suspendReason: input.reason }
    : { active: true, suspendedAt: null, suspendReason: null };
  return db.$transaction(async (tx) => {
    const { count } = await tx.shop.updateMany({ where, data });
    if (count === 0) {
      if ((await tx.shop.count({ where: { id: input.shopId } })) === 0) {
        throw notFound("Không tìm thấy gian hàng này");
      }
      return { shopId: input.shopId, changed: false };
    }
    await auditAdminAction(tx, actor, {
      action: change.suspend ? "shop.suspended" : "shop.reinstated",
      entityType: "Shop",
      entityId: input.shopId,
      reason: input.reason,
    });
    return { shopId: input.shopId, changed: true };
  });
}
