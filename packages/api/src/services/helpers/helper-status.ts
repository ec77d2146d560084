import type { THelperStatus } from "@cho-phien/validators/helpers";

/** Pending until accepted, active until revoked (a declined or withdrawn invitation counts as revoked). */
export function helperStatus(h: { acceptedAt: Date | null; revokedAt: Date | null }): THelperStatus {
  if (h.revokedAt) return "revoked";
  return h.acceptedAt ? "active" : "pending";
}
