import type { Permission, SessionUser } from "@cho-phien/auth";
import { forbidden, redirect } from "next/navigation";
import { decideAccess, signInHref } from "./areas";
import { getCurrentUser } from "./caller";

/**
 * The server-side guard at the top of every area page: anonymous → the sign-in page (coming back here
 * afterwards); signed in without the permission → 403 (app/forbidden.tsx). The decision is `decideAccess`
 * (areas.ts, unit-tested); this only acts on it. The procedures the page calls check again, so a missed
 * guard can never leak data.
 */
export async function requirePermission(permission: Permission, here: string): Promise<SessionUser> {
  const access = decideAccess(await getCurrentUser(), permission, here);
  if (access.kind === "sign-in") redirect(access.to);
  if (access.kind === "forbidden") forbidden();
  return access.user;
}

/** Any signed-in user, whatever their role (a buyer may open a shop): anonymous → sign in, then back here. */
export async function requireUser(here: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(here));
  return user;
}
