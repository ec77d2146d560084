import type { Db } from "@cho-phien/db";
import type { THelperShopInput } from "@cho-phien/validators/helpers";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";

/** The invited person says no: the invitation is closed (the farmer sees it as no longer valid). */
export async function declineInvite(
  db: Db,
  actor: UserActor,
  input: THelperShopInput,
): Promise<{ shopId: string }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.shopHelper.updateMany({
      where: { shopId: input.shopId, userId: actor.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound("Không tìm thấy lời mời này, hoặc lời mời đã bị thu hồi");
    await appendAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "helper.declined",
      entityType: "Shop",
      entityId: input.shopId,
      data: { shopId: input.shopId, helperId: actor.id },
    });
    return { shopId: input.shopId };
  });
}
