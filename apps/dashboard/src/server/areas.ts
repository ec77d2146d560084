import { can, type Permission, type Role } from "@cho-phien/auth";

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

export const ROLE_LABELS: Record<Role, string> = {
  buyer: "Người mua",
  seller: "Nhà vườn",
  reviewer: "Cán bộ duyệt OCOP",
  admin: "Quản trị viên",
};
