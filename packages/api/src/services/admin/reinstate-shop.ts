import type { Db } from "@cho-phien/db";
import type { TShopReasonInput } from "@cho-phien/validators/admin";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { auditAdminAction } from "./audit-admin-action";

/**
 * An admin lifts a shop's suspension: its approved listings are back on the storefront at once. The
 * suspension's reason is cleared from the shop (it stays in the audit log). Idempotent.
 */
export async function reinstateShop(
  db: Db,
  actor: UserActor,
  input: TShopReasonInput,
): Promise<{ shopId: string; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.shop.updateMany({
      where: { id: input.shopId, OR: [{ active: false }, { suspendedAt: { not: null } }] },
      data: { active: true, suspendedAt: null, suspendReason: null },
    });
    if (count === 0) {
      if ((await tx.shop.count({ where: { id: input.shopId } })) === 0) {
        throw notFound("Không tìm thấy gian hàng này");
      }
      return { shopId: input.shopId, changed: false };
    }
    await auditAdminAction(tx, actor, {
      action: "shop.reinstated",
      entityType: "Shop",
      entityId: input.shopId,
      reason: input.reason,
    });
    return { shopId: input.shopId, changed: true };
  });
}
