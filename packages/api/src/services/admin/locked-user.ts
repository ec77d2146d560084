import type { Role } from "@cho-phien/auth";
import type { DbTx } from "@cho-phien/db";
import { notFound } from "../../errors";

export interface LockedUser {
  id: string;
  name: string;
  role: Role;
  banned: boolean;
}

/**
 * Reads a user and locks their row until the transaction ends, so two admins acting on the same account
 * (a role change and a province assignment, a ban and an unban) take turns and each sees the other's result.
 */
export async function lockedUser(tx: DbTx, userId: string): Promise<LockedUser> {
  const rows = await tx.$queryRaw<LockedUser[]>`
    SELECT id, name, role::text AS role, banned FROM "User" WHERE id = ${userId} FOR UPDATE`;
  const user = rows[0];
  if (!user) throw notFound("Không tìm thấy tài khoản này");
  return user;
}
