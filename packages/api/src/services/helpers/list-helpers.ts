import type { DbTx } from "@cho-phien/db";
import type { THelperShopInput, THelperStatus } from "@cho-phien/validators/helpers";
import type { UserActor } from "../../actor";
import { helperStatus } from "./helper-status";
import { maskPhone } from "./mask-phone";
import { ownedShop } from "./owned-shop";

export interface ShopHelperView {
  userId: string;
  name: string;
  /** Only the last 3 digits are shown. */
  phoneMasked: string;
  status: THelperStatus;
  invitedAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  lastActedAt: Date | null;
}

const ORDER: Record<THelperStatus, number> = { active: 0, pending: 1, revoked: 2 };

/** The farmer's view of who helps with their shop: active helpers first, then invitations, then revoked. */
export async function listHelpers(
  db: DbTx,
  actor: UserActor,
  input: THelperShopInput,
): Promise<{ shop: { id: string; name: string }; helpers: ShopHelperView[] }> {
  const shop = await ownedShop(db, actor, input.shopId);
  const rows = await db.shopHelper.findMany({
    where: { shopId: shop.id },
    select: {
      userId: true,
      createdAt: true,
      acceptedAt: true,
      revokedAt: true,
      lastActedAt: true,
      user: { select: { name: true, phoneNumber: true } },
    },
    orderBy: [{ createdAt: "desc" }, { userId: "asc" }],
    take: 200,
  });
  const helpers = rows
    .map((r) => ({
      userId: r.userId,
      name: r.user.name,
      phoneMasked: maskPhone(r.user.phoneNumber),
      status: helperStatus(r),
      invitedAt: r.createdAt,
      acceptedAt: r.acceptedAt,
      revokedAt: r.revokedAt,
      lastActedAt: r.lastActedAt,
    }))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return { shop: { id: shop.id, name: shop.name }, helpers };
}
