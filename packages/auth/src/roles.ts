/** The four roles, and what each may do. Procedures ask for a permission, never for a role name. */
export const ROLES = ["buyer", "seller", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  "catalog:browse": ["buyer", "seller", "reviewer", "admin"],
  "order:place": ["buyer", "seller", "reviewer", "admin"],
  "shop:manage": ["seller", "admin"],
  "listing:review": ["reviewer", "admin"],
  "certificate:verify": ["reviewer", "admin"],
  "payment:confirm": ["admin"],
  "user:manage": ["admin"],
  "audit:read": ["admin", "reviewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
