// The roles module alone, not the package index (better-auth, the database): these rules are pure.
import { can, type Permission, type Role } from "@cho-phien/auth/roles";

/**
 * The dashboard's three areas and the permission each needs (never a role name: admins, who hold every
 * permission, can open all three). Order = the order of the navigation.
 */
export interface Area {
  href: "/seller" | "/reviewer" | "/admin";
  label: string;
  permission: Permission;
}

export const AREAS: readonly Area[] = [
  { href: "/seller", label: "Nhà vườn", permission: "shop:manage" },
  { href: "/reviewer", label: "Duyệt tin", permission: "listing:review" },
  { href: "/admin", label: "Quản trị", permission: "user:manage" },
];

export function areasFor(role: Role): Area[] {
  return AREAS.filter((a) => can(role, a.permission));
}

/** Where "/" sends a signed-in user: their own area (an admin lands on administration). */
export function homeFor(role: Role): Area["href"] | null {
  if (role === "admin") return "/admin";
  return areasFor(role)[0]?.href ?? null;
}

/** The sign-in page, coming back to `here` afterwards (the page reads `?next=` through safeLocalPath). */
export function signInHref(here: string): string {
  return `/dang-nhap?next=${encodeURIComponent(here)}`;
}

export type AccessDecision<U> =
  | { kind: "enter"; user: U }
  | { kind: "sign-in"; to: string }
  | { kind: "forbidden" };

/**
 * Who may enter a page that needs `permission` (guard.ts acts on the answer): anonymous → sign in first,
 * coming back to `here`; signed in without the permission → 403; otherwise in.
 */
export function decideAccess<U extends { role: Role }>(
  user: U | null | undefined,
  permission: Permission,
  here: string,
): AccessDecision<U> {
  if (!user) return { kind: "sign-in", to: signInHref(here) };
  if (!can(user.role, permission)) return { kind: "forbidden" };
  return { kind: "enter", user };
}

export const ROLE_LABELS: Record<Role, string> = {
  buyer: "Người mua",
  seller: "Nhà vườn",
  reviewer: "Cán bộ duyệt OCOP",
  admin: "Quản trị viên",
};
