import type { Db } from "@cho-phien/db";
import type { TUserReasonInput } from "@cho-phien/validators/admin";
import type { UserActor } from "../../actor";
import { auditAdminAction } from "./audit-admin-action";
import { lockedUser } from "./locked-user";

/** An admin lifts a ban: the user may sign in again (their old sessions stay gone). Idempotent. */
export async function unbanUser(
  db: Db,
  actor: UserActor,
  input: TUserReasonInput,
): Promise<{ userId: string; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const user = await lockedUser(tx, input.userId);
    if (!user.banned) return { userId: user.id, changed: false };
    await tx.user.update({ where: { id: user.id }, data: { banned: false } });
    await auditAdminAction(tx, actor, {
      action: "user.unbanned",
      entityType: "User",
      entityId: user.id,
      reason: input.reason,
    });
    return { userId: user.id, changed: true };
  });
}
