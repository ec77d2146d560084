import type { Db } from "@cho-phien/db";
import type { TChangeUserRoleInput } from "@cho-phien/validators/admin";
import type { UserActor } from "../../actor";
import { conflict } from "../../errors";
import { auditAdminAction } from "./audit-admin-action";
import { lockedUser } from "./locked-user";

/**
 * An admin gives a user another role. The new role counts from the user's next request (the session reads the
 * role from the database). An admin cannot take admin away from themself: the platform must never be left
 * without the admin who did it noticing. A reviewer who stops being one loses their provinces, so they do not
 * silently come back with a later promotion. Setting the role a user already has changes nothing.
 */
export async function changeUserRole(
  db: Db,
  actor: UserActor,
  input: TChangeUserRoleInput,
): Promise<{ userId: string; role: TChangeUserRoleInput["role"]; changed: boolean }> {
  if (input.userId === actor.id && input.role !== "admin") {
    throw conflict(
      "Bạn không thể tự bỏ quyền quản trị của chính mình. Hãy nhờ một quản trị viên khác.",
      "SELF_DEMOTE",
    );
  }
  return db.$transaction(async (tx) => {
    const user = await lockedUser(tx, input.userId);
    if (user.role === input.role) return { userId: user.id, role: input.role, changed: false };
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    const cleared =
      user.role === "reviewer"
        ? await tx.reviewerProvince.findMany({ where: { userId: user.id }, select: { provinceCode: true } })
        : [];
    if (cleared.length) await tx.reviewerProvince.deleteMany({ where: { userId: user.id } });
    await auditAdminAction(tx, actor, {
      action: "user.role_changed",
      entityType: "User",
      entityId: user.id,
      reason: input.reason,
      data: {
        from: user.role,
        to: input.role,
        ...(cleared.length ? { provincesCleared: cleared.map((p) => p.provinceCode).sort() } : {}),
      },
    });
    return { userId: user.id, role: input.role, changed: true };
  });
}
