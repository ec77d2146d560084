import { Prisma } from "@cho-phien/db";
import type { TReviewKind } from "@cho-phien/validators/reviews";
import { parsePendingRevision } from "../listings/pending-revision";

/**
 * What a listing waits for from a reviewer, one rule for the queue (as Prisma where) and for the item page
 * and the decisions (on a row already read):
 * - "new": the farm submitted it (status submitted), with its OCOP claim if any;
 * - "revision": it is on sale and the farm sent edits to its reviewed fields (pendingRevision), which wait
 *   while the approved version stays on sale;
 * - "certificate": it is on sale and only its OCOP certificate is left to check (a revision that changed the
 *   claim was approved, so the new claim is pending).
 */
export const WAITING_WHERE = {
  new: { listingStatus: "submitted" },
  revision: {
    listingStatus: "approved",
    revisionSubmittedAt: { not: null },
    pendingRevision: { not: Prisma.DbNull },
  },
  certificate: { listingStatus: "approved", revisionSubmittedAt: null, ocop: { is: { status: "pending" } } },
} as const satisfies Record<TReviewKind, Prisma.ProductWhereInput>;

export interface WaitingRow {
  listingStatus: string;
  pendingRevision: unknown;
  revisionSubmittedAt: Date | null;
  ocop: { status: string } | null;
}

/** The same rule on a row already read; null when nothing waits for a reviewer. */
export function waitingKind(p: WaitingRow): TReviewKind | null {
  if (p.listingStatus === "submitted") return "new";
  if (p.listingStatus !== "approved") return null;
  const pending = parsePendingRevision(p.pendingRevision);
  if (p.revisionSubmittedAt && pending && Object.keys(pending).length > 0) return "revision";
  if (!p.revisionSubmittedAt && p.ocop?.status === "pending") return "certificate";
  return null;
}

/** Since when an item has waited: what the queue sorts by, oldest first. */
export function waitingSince(
  kind: TReviewKind,
  p: {
    submittedAt: Date | null;
    revisionSubmittedAt: Date | null;
    createdAt: Date;
    ocop: { updatedAt: Date } | null;
  },
): Date {
  if (kind === "new") return p.submittedAt ?? p.createdAt;
  if (kind === "revision") return p.revisionSubmittedAt ?? p.createdAt;
  return p.ocop?.updatedAt ?? p.createdAt;
}
