import type { DbTx } from "@cho-phien/db";
import type { UserActor } from "../../actor";

export interface HelperInvitation {
  shopId: string;
  shopName: string;
  ownerName: string;
  invitedAt: Date;
}

/** The invitations waiting for the signed-in user's answer, newest first. */
export async function listMyInvitations(db: DbTx, actor: UserActor): Promise<HelperInvitation[]> {
  const rows = await db.shopHelper.findMany({
    where: { userId: actor.id, acceptedAt: null, revokedAt: null },
    select: {
      shopId: true,
      createdAt: true,
      shop: { select: { name: true, owner: { select: { name: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { shopId: "asc" }],
    take: 50,
  });
  return rows.map((r) => ({
    shopId: r.shopId,
    shopName: r.shop.name,
    ownerName: r.shop.owner.name,
    invitedAt: r.createdAt,
  }));
}
