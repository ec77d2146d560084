import type { DbTx } from "@cho-phien/db";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { shopAccessWhere } from "./shop-access";

/** How the acting user stands to a shop: recorded as the audit entry's role ("helper" is not the owner). */
export type ShopRole = "owner" | "helper" | "admin";

export interface ShopActor {
  id: string;
  shopId: string;
  role: ShopRole;
}

/**
 * The caller acting on one shop: checks access with shopAccessWhere (another farm's shop, or a revoked helper,
 * is "not found"), names their role for the audit log, and stamps a helper's lastActedAt so the farmer sees
 * when each helper last acted. Call it inside the transaction that makes the change.
 */
export async function actOnShop(tx: DbTx, actor: UserActor, shopId: string): Promise<ShopActor> {
  const shop = await tx.shop.findFirst({
    where: { id: shopId, ...shopAccessWhere(actor) },
    select: { id: true, ownerId: true },
  });
  if (!shop) throw notFound("Không tìm thấy gian hàng bạn quản lý");
  if (shop.ownerId === actor.id) return { id: actor.id, shopId, role: "owner" };
  if (actor.role === "admin") {
    const helping = await tx.shopHelper.count({
      where: { shopId, userId: actor.id, acceptedAt: { not: null }, revokedAt: null },
    });
    if (helping === 0) return { id: actor.id, shopId, role: "admin" };
  }
  await tx.shopHelper.updateMany({
    where: { shopId, userId: actor.id, revokedAt: null },
    data: { lastActedAt: new Date() },
  });
  return { id: actor.id, shopId, role: "helper" };
}
