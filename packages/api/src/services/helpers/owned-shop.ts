import type { DbTx } from "@cho-phien/db";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";

/**
 * The shop whose helpers the caller may manage: their own (an admin: any). A helper cannot invite or revoke
 * other helpers, and another farm's shop is "not found" exactly like an unknown id.
 */
export async function ownedShop(
  tx: DbTx,
  actor: UserActor,
  shopId: string,
): Promise<{ id: string; name: string; ownerId: string; ownerName: string; role: "owner" | "admin" }> {
  const shop = await tx.shop.findFirst({
    where: { id: shopId, ...(actor.role === "admin" ? {} : { ownerId: actor.id }) },
    select: { id: true, name: true, ownerId: true, owner: { select: { name: true } } },
  });
  if (!shop) throw notFound("Không tìm thấy gian hàng của bạn");
  return {
    id: shop.id,
    name: shop.name,
    ownerId: shop.ownerId,
    ownerName: shop.owner.name,
    role: shop.ownerId === actor.id ? "owner" : "admin",
  };
}
