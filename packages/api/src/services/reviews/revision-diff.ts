import type { OcopCertificate } from "@cho-phien/db";
import { type OcopClaimJson, type PendingRevision, pendingImagesOf } from "../listings/pending-revision";

/** The printed fields of an OCOP claim, as compared between the approved version and a revision. */
export interface OcopClaimFields {
  stars: number;
  decisionNumber: string;
  issuingAuthority: string;
  issuingLevel: "central" | "province" | "other";
  signedAt: Date;
  expiresAt: Date;
  productGroup: string | null;
  producer: string | null;
}

export interface CategoryRef {
  id: string;
  slug: string;
  name: string;
  nameEn: string;
}

/** One reviewed field a revision changes: what buyers see now (before) and what the farm proposes (after). */
export type RevisionChange =
  | { field: "title" | "description"; before: string; after: string }
  /** `after` null: the proposed category no longer exists. */
  | { field: "category"; before: CategoryRef; after: CategoryRef | null }
  | { field: "images"; before: string[]; after: string[] }
  /** null on either side: no claim (added, or withdrawn); `changedFields` names what differs. */
  | {
      field: "ocop";
      before: OcopClaimFields | null;
      after: OcopClaimFields | null;
      changedFields: (keyof OcopClaimFields)[];
      /** The scan the farm attached to the proposed claim (photo or PDF), if any. */
      proposedScanPath: string | null;
    };

const OCOP_FIELDS = [
  "stars",
  "decisionNumber",
  "issuingAuthority",
  "issuingLevel",
  "signedAt",
  "expiresAt",
  "productGroup",
  "producer",
] as const satisfies readonly (keyof OcopClaimFields)[];

export function ocopFieldsOf(c: OcopCertificate | OcopClaimJson): OcopClaimFields {
  return {
    stars: c.stars,
    decisionNumber: c.decisionNumber,
    issuingAuthority: c.issuingAuthority,
    issuingLevel: c.issuingLevel,
    signedAt: new Date(c.signedAt),
    expiresAt: new Date(c.expiresAt),
    productGroup: c.productGroup ?? null,
    producer: c.producer ?? null,
  };
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/**
 * Field by field, what a pending revision would change on the listing buyers see now. Only fields the
 * revision names and that really differ are listed, in the order a reviewer reads a listing.
 */
export function revisionDiff(
  live: {
    title: string;
    description: string;
    category: CategoryRef;
    images: string[];
    ocop: OcopCertificate | null;
  },
  pending: PendingRevision,
  proposedCategory: CategoryRef | null,
): RevisionChange[] {
  const changes: RevisionChange[] = [];
  if (typeof pending.title === "string" && pending.title !== live.title) {
    changes.push({ field: "title", before: live.title, after: pending.title });
  }
  if (typeof pending.description === "string" && pending.description !== live.description) {
    changes.push({ field: "description", before: live.description, after: pending.description });
  }
  if (typeof pending.categoryId === "string" && pending.categoryId !== live.category.id) {
    changes.push({ field: "category", before: live.category, after: proposedCategory });
  }
  const proposedImages = pendingImagesOf(pending);
  if (proposedImages) {
    const after = proposedImages.map((i) => i.path);
    if (after.length !== live.images.length || after.some((p, i) => p !== live.images[i])) {
      changes.push({ field: "images", before: live.images, after });
    }
  }
  if ("ocop" in pending && pending.ocop !== undefined) {
    const before = live.ocop ? ocopFieldsOf(live.ocop) : null;
    const after = pending.ocop ? ocopFieldsOf(pending.ocop) : null;
    const changedFields =
      before && after
        ? OCOP_FIELDS.filter((f) => !same(before[f], after[f]))
        : before || after
          ? [...OCOP_FIELDS]
          : [];
    if (changedFields.length > 0) {
      const proposedScanPath = pending.ocop?.scanPath ?? null;
      changes.push({ field: "ocop", before, after, changedFields, proposedScanPath });
    }
  }
  return changes;
}
