import { can, type Permission, type SessionUser } from "@cho-phien/auth";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser } from "./caller";

/**
 * The server-side guard at the top of every area page: anonymous → the sign-in page (coming back here
 * afterwards); signed in without the permission → 403 (app/forbidden.tsx). The procedures the page calls
 * check again, so a missed guard can never leak data.
 */
export async function requirePermission(permission: Permission, here: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?next=${encodeURIComponent(here)}`);
  if (!can(user.role, permission)) forbidden();
  return user;
}
