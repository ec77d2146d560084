import type { Db } from "@cho-phien/db";
import type { TUserReasonInput } from "@cho-phien/validators/admin";
import type { UserActor } from "../../actor";
import { conflict } from "../../errors";
import { auditAdminAction } from "./audit-admin-action";
import { lockedUser } from "./locked-user";

/**
 * An admin bans a user: they are signed out everywhere at once (their sessions are deleted in the same
 * transaction) and cannot sign in again (packages/auth refuses a banned user's new sessions and ignores any
 * session left over). Banning a banned user changes nothing. An admin cannot ban themself.
 */
export async function banUser(
  db: Db,
  actor: UserActor,
  input: TUserReasonInput,
): Promise<{ userId: string; changed: boolean; sessionsRevoked: number }> {
  if (input.userId === actor.id) {
    throw conflict("Bạn không thể tự khoá tài khoản của chính mình.", "SELF_BAN");
  }
  return db.$transaction(async (tx) => {
    const user = await lockedUser(tx, input.userId);
    if (user.banned) return { userId: user.id, changed: false, sessionsRevoked: 0 };
    await tx.user.update({ where: { id: user.id }, data: { banned: true } });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await auditAdminAction(tx, actor, {
      action: "user.banned",
      entityType: "User",
      entityId: user.id,
      reason: input.reason,
      data: { sessionsRevoked: count },
    });
    return { userId: user.id, changed: true, sessionsRevoked: count };
  });
}
