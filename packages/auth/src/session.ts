import { getAuth } from "./auth";
import type { Role } from "./roles";

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  phoneNumber: string | null;
}

/** The signed-in user behind a request's cookies, or null. Sessions live in Postgres, never in memory. */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: string; phoneNumber?: string | null; banned?: boolean };
  if (u.banned) return null;
  return { id: u.id, name: u.name, role: (u.role as Role) ?? "buyer", phoneNumber: u.phoneNumber ?? null };
}
