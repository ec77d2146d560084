import type { CertificateStatus } from "@cho-phien/db";

/** What a certificate is worth today, as the public verification page says it. */
export type CertificateStanding = "valid" | "expired" | "revoked";

/**
 * The standing of a certificate at `now`, computed at read time: "valid" only while verified and unexpired
 * (the badge's own rule, OCOP_ACTIVE in catalog/search-sql.ts), so a certificate past its date reads as
 * expired before the daily job marks it. Pending and rejected claims have no public standing (null): they
 * were never confirmed, and a page about them would look like one.
 */
export function certificateStanding(
  c: { status: CertificateStatus; expiresAt: Date },
  now: Date = new Date(),
): CertificateStanding | null {
  switch (c.status) {
    case "verified":
      return c.expiresAt.getTime() > now.getTime() ? "valid" : "expired";
    case "expired":
      return "expired";
    case "revoked":
      return "revoked";
    default:
      return null;
  }
}
