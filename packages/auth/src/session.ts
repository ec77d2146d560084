import { getAuth } from "./auth";
import { ROLES, type Role } from "./roles";

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
  const u = session.user;
  // A ban takes effect on the next request, not when the session expires.
  if (u.banned) return null;
  const role = (ROLES as readonly string[]).includes(u.role) ? (u.role as Role) : "buyer";
  return { id: u.id, name: u.name, role, phoneNumber: u.phoneNumber ?? null };
}
