import type { Db } from "@cho-phien/db";
import type { TRevokeHelperInput } from "@cho-phien/validators/helpers";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { ownedShop } from "./owned-shop";

/**
 * The farmer (or an admin) takes a helper's access away, or withdraws a pending invitation. From the next
 * request on, shopAccessWhere no longer admits that helper on this shop. Revoking twice changes nothing.
 */
export async function revokeHelper(
  db: Db,
  actor: UserActor,
  input: TRevokeHelperInput,
): Promise<{ shopId: string; userId: string; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const shop = await ownedShop(tx, actor, input.shopId);
    const { count } = await tx.shopHelper.updateMany({
      where: { shopId: shop.id, userId: input.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      const known = await tx.shopHelper.count({ where: { shopId: shop.id, userId: input.userId } });
      if (known === 0) throw notFound("Không tìm thấy người giúp này trong gian hàng của bạn");
      return { shopId: shop.id, userId: input.userId, changed: false };
    }
    await appendAudit(tx, {
      actorId: actor.id,
      actorRole: shop.role,
      action: "helper.revoked",
      entityType: "Shop",
      entityId: shop.id,
      data: { shopId: shop.id, helperId: input.userId },
    });
    return { shopId: shop.id, userId: input.userId, changed: true };
  });
}
