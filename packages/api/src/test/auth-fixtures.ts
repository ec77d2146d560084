import { randomBytes, randomUUID } from "node:crypto";
import { ROLES, type Role, type SessionUser } from "@cho-phien/auth";
import type { Db } from "@cho-phien/db";
import type { Context } from "../trpc";

/**
 * Real users in the test database, and tRPC contexts for them, without going through sign-in (the auth
 * package's own tests cover that). Unique ids, e-mails and phones, so tests sharing a database never collide.
 */

/**
 * A random, valid Vietnamese mobile number in E.164 (+8498xxxxxxx): 098 is a carrier's prefix throughout,
 * while some other 09x blocks (0992x) are unallocated and refused by the phone validator.
 */
export function randomVnPhone(): string {
  const n = randomBytes(4).readUInt32BE(0) % 10_000_000;
  return `+8498${String(n).padStart(7, "0")}`;
}

export async function createTestUser(
  db: Db,
  opts: { role?: Role; name?: string; phoneNumber?: string; banned?: boolean } = {},
): Promise<SessionUser> {
  const role = opts.role ?? "buyer";
  const id = `test-${role}-${randomUUID()}`;
  const phoneNumber = opts.phoneNumber ?? randomVnPhone();
  const user = await db.user.create({
    data: {
      id,
      name: opts.name ?? `Người dùng ${role}`,
      email: `${id}@test.chophien.vn`,
      phoneNumber,
      phoneNumberVerified: true,
      role,
      banned: opts.banned ?? false,
    },
  });
  return { id: user.id, name: user.name, role, phoneNumber };
}

/** One user of every role. */
export async function createUserPerRole(db: Db): Promise<Record<Role, SessionUser>> {
  const entries = await Promise.all(
    ROLES.map(async (role) => [role, await createTestUser(db, { role })] as const),
  );
  return Object.fromEntries(entries) as Record<Role, SessionUser>;
}

/** The context a request from `user` (null: anonymous) would get from createContext. */
export function contextFor(db: Db, user: SessionUser | null): Context {
  return { db, user, headers: new Headers(), resHeaders: new Headers() };
}
