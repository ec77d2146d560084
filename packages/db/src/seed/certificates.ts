import { createHash } from "node:crypto";
import { OCOP_PUBLIC_CODE_ALPHABET } from "@cho-phien/validators/ocop";
import type { DemoOcop } from "./products";

/** OCOP decisions are valid 36 months from signing (Decision 148/QĐ-TTg). */
const OCOP_VALID_MONTHS = 36;

/**
 * A verified demo certificate's code for /ocop/<code>, from its product's slug: the same on every seed run, so
 * a QR printed from the demo keeps working after a reseed. (The API draws real codes at random; the db package
 * cannot import it, and random codes here would change on each run.)
 */
export function demoPublicCode(slug: string): string {
  const hash = createHash("sha256").update(`ocop-public-code:${slug}`).digest();
  let code = "";
  for (let i = 0; i < 10; i++) code += OCOP_PUBLIC_CODE_ALPHABET[hash[i]! % OCOP_PUBLIC_CODE_ALPHABET.length];
  return code;
}

/** When a demo certificate was signed and expires: relative to the seed's month, or its pinned date. */
export function demoCertificateDates(o: DemoOcop, thisMonth: Date): { signedAt: Date; expiresAt: Date } {
  const signedAt = o.signedOn
    ? new Date(`${o.signedOn}T00:00:00Z`)
    : addMonths(thisMonth, -(o.signedMonthsAgo ?? 0));
  return { signedAt, expiresAt: addMonths(signedAt, OCOP_VALID_MONTHS) };
}

/** The OcopCertificate row of a demo product (without productId), as the seed upserts it. */
export function demoCertificate(o: DemoOcop, slug: string, thisMonth: Date, reviewerId: string) {
  const { signedAt, expiresAt } = demoCertificateDates(o, thisMonth);
  const verified = o.status === "verified";
  return {
    stars: o.stars,
    decisionNumber: o.decisionNumber,
    issuingAuthority: o.issuingAuthority,
    issuingLevel: o.issuingLevel,
    signedAt,
    expiresAt,
    productGroup: o.productGroup,
    producer: o.producer,
    traceabilityCode: o.traceabilityCode,
    status: o.status,
    reviewedById: verified ? reviewerId : null,
    reviewedAt: verified ? addDays(signedAt, 20) : null,
    reviewNote: verified ? "Đã đối chiếu quyết định công nhận với danh sách OCOP của tỉnh." : null,
    // Only a verified certificate has a public page; a pending one gets its code when a reviewer verifies it.
    publicCode: verified ? demoPublicCode(slug) : null,
    // A reseed puts the row back as written; the expiry job then warns and expires it again as due.
    expiryWarnedAt: null,
    expiredAt: null,
  };
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function addMonths(d: Date, months: number): Date {
  const r = new Date(d);
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
}
