import { getSessionCookie } from "better-auth/cookies";
import { COOKIE_PREFIX, getAuth } from "./auth";
import { ROLES, type Role } from "./roles";

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  phoneNumber: string | null;
}

/** The signed-in user behind a request's cookies, or null. Sessions live in Postgres, never in memory. */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  // Most requests (anonymous browsing, the catalog API) carry no session cookie at all: answer from the
  // cookie header alone instead of running better-auth's endpoint pipeline. Only its presence is checked
  // here; whether the token is valid (and not expired or revoked) is still decided by getSession below.
  if (!hasSessionCookie(headers)) return null;
  const auth = getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const u = session.user;
  // A ban takes effect on the next request, not when the session expires.
  if (u.banned) return null;
  const role = (ROLES as readonly string[]).includes(u.role) ? (u.role as Role) : "buyer";
  return { id: u.id, name: u.name, role, phoneNumber: u.phoneNumber ?? null };
}

/**
 * Whether a request carries a session cookie at all (valid or not). Cheap, no database: it decides whether a
 * request may be answered as anonymous (skipping the session lookup, or from the shared response cache).
 */
export function hasSessionCookie(headers: Headers): boolean {
  return Boolean(getSessionCookie(headers, { cookiePrefix: COOKIE_PREFIX }));
}
