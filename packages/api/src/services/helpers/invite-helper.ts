import type { Db } from "@cho-phien/db";
import type { TInviteHelperInput } from "@cho-phien/validators/helpers";
import type { UserActor } from "../../actor";
import { badRequest } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { enqueueNotification } from "../notifications/enqueue-notification";
import { ownedShop } from "./owned-shop";

export const UNKNOWN_HELPER_PHONE =
  "Số điện thoại này chưa có tài khoản Chợ Phiên. Hãy nhờ người giúp đăng nhập một lần bằng số này.";

/**
 * The farmer (or an admin) invites a village digital-team member by phone. The invitation is pending until
 * the helper accepts it; until then they cannot act on the shop. Inviting someone already helping changes
 * nothing; inviting a revoked helper again starts a new pending invitation. The helper gets a message.
 */
export async function inviteHelper(
  db: Db,
  actor: UserActor,
  input: TInviteHelperInput,
): Promise<{ shopId: string; userId: string; status: "pending" | "active" }> {
  return db.$transaction(async (tx) => {
    const shop = await ownedShop(tx, actor, input.shopId);
    const helper = await tx.user.findUnique({
      where: { phoneNumber: input.phone },
      select: { id: true, name: true, banned: true },
    });
    if (!helper || helper.banned) throw badRequest(UNKNOWN_HELPER_PHONE, "UNKNOWN_PHONE");
    if (helper.id === actor.id || helper.id === shop.ownerId) {
      throw badRequest("Chủ gian hàng không cần tự mời mình làm người giúp.", "SELF_INVITE");
    }

    const existing = await tx.shopHelper.findUnique({
      where: { shopId_userId: { shopId: shop.id, userId: helper.id } },
      select: { acceptedAt: true, revokedAt: true },
    });
    if (existing?.acceptedAt && !existing.revokedAt) {
      return { shopId: shop.id, userId: helper.id, status: "active" as const };
    }
    const now = new Date();
    await tx.shopHelper.upsert({
      where: { shopId_userId: { shopId: shop.id, userId: helper.id } },
      create: { shopId: shop.id, userId: helper.id, grantedById: actor.id, acceptedAt: null, createdAt: now },
      update: { grantedById: actor.id, acceptedAt: null, revokedAt: null, createdAt: now },
    });
    await enqueueNotification(tx, {
      topic: "shop.helper_invited",
      recipient: input.phone,
      payload: { shopId: shop.id, shopName: shop.name, ownerName: shop.ownerName },
    });
    await appendAudit(tx, {
      actorId: actor.id,
      actorRole: shop.role,
      action: "helper.invited",
      entityType: "Shop",
      entityId: shop.id,
      data: { shopId: shop.id, helperId: helper.id },
    });
    return { shopId: shop.id, userId: helper.id, status: "pending" as const };
  });
}
