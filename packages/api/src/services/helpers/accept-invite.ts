import type { Db } from "@cho-phien/db";
import type { THelperShopInput } from "@cho-phien/validators/helpers";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";

/**
 * The invited person agrees to help the farm: from now on they act on the shop (as "helper" in the audit log)
 * until the farmer revokes them. Only their own pending invitation; anything else is "not found". A buyer
 * account becomes a seller account, as when opening a shop, so the farm's screens open for them; reviewers
 * and admins keep their role.
 */
export async function acceptInvite(
  db: Db,
  actor: UserActor,
  input: THelperShopInput,
): Promise<{ shopId: string; role: UserActor["role"] }> {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.shopHelper.updateMany({
      where: { shopId: input.shopId, userId: actor.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now, consentAt: now },
    });
    if (count === 0) throw notFound("Không tìm thấy lời mời này, hoặc lời mời đã bị thu hồi");
    let role = actor.role;
    if (role === "buyer") {
      await tx.user.updateMany({ where: { id: actor.id, role: "buyer" }, data: { role: "seller" } });
      role = "seller";
    }
    await appendAudit(tx, {
      actorId: actor.id,
      actorRole: "helper",
      action: "helper.accepted",
      entityType: "Shop",
      entityId: input.shopId,
      data: { shopId: input.shopId, helperId: actor.id },
    });
    return { shopId: input.shopId, role };
  });
}
