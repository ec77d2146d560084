import type { OcopCertificate } from "@cho-phien/db";
import type { TOcopClaim, TOcopLevel } from "@cho-phien/validators/listings";

/** An OCOP claim as stored in a pending revision (dates as ISO strings: it lives in JSON). */
export interface OcopClaimJson {
  stars: number;
  decisionNumber: string;
  issuingAuthority: string;
  issuingLevel: TOcopLevel;
  signedAt: string;
  expiresAt: string;
  productGroup: string | null;
  producer: string | null;
}

/**
 * Edits to an approved listing's reviewed fields, waiting for review in Product.pendingRevision while the
 * approved version stays on sale. A key is present only when it differs from the approved value; `ocop: null`
 * proposes withdrawing the claim. `images` belongs to the photo editor and is kept as it is.
 */
export interface PendingRevision {
  title?: string;
  description?: string;
  categoryId?: string;
  images?: string[];
  ocop?: OcopClaimJson | null;
  [other: string]: unknown;
}

export function parsePendingRevision(json: unknown): PendingRevision | null {
  return json && typeof json === "object" && !Array.isArray(json) ? (json as PendingRevision) : null;
}

export function ocopClaimJson(claim: TOcopClaim): OcopClaimJson {
  return {
    stars: claim.stars,
    decisionNumber: claim.decisionNumber,
    issuingAuthority: claim.issuingAuthority,
    issuingLevel: claim.issuingLevel,
    signedAt: claim.signedAt.toISOString(),
    expiresAt: claim.expiresAt.toISOString(),
    productGroup: claim.productGroup,
    producer: claim.producer,
  };
}

/** Whether a typed claim says the same as the certificate on file (both null: no claim either way). */
export function sameOcopClaim(cert: OcopCertificate | null, claim: TOcopClaim | null): boolean {
  if (!cert || !claim) return cert === null && claim === null;
  return (
    cert.stars === claim.stars &&
    cert.decisionNumber === claim.decisionNumber &&
    cert.issuingAuthority === claim.issuingAuthority &&
    cert.issuingLevel === claim.issuingLevel &&
    cert.signedAt.getTime() === claim.signedAt.getTime() &&
    cert.expiresAt.getTime() === claim.expiresAt.getTime() &&
    (cert.productGroup ?? null) === claim.productGroup &&
    (cert.producer ?? null) === claim.producer
  );
}

/** The certificate row for a claim, entering review as pending (any earlier decision is cleared). */
export function ocopCertificateData(claim: TOcopClaim | OcopClaimJson) {
  return {
    stars: claim.stars,
    decisionNumber: claim.decisionNumber,
    issuingAuthority: claim.issuingAuthority,
    issuingLevel: claim.issuingLevel,
    signedAt: new Date(claim.signedAt),
    expiresAt: new Date(claim.expiresAt),
    productGroup: claim.productGroup,
    producer: claim.producer,
    status: "pending" as const,
    reviewedById: null,
    reviewedAt: null,
    reviewNote: null,
  };
}
