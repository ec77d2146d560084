import type { Prisma } from "@cho-phien/db";

/**
 * A reviewer sent back or rejected the farm's last revision of a listing on sale: what the farm reads on its
 * product list and edit page. The approved version stayed on sale, so the status alone says nothing about it.
 */
export interface RevisionRefusal {
  decision: "changes_requested" | "rejected";
  /** The reviewer's words (reason and comment), as decideListing stored them in Product.reviewNote. */
  note: string | null;
}

/** The listing's latest decision: the one Product.reviewNote was written by (only decisions write it). */
export const LATEST_DECISION = {
  orderBy: { version: "desc" },
  take: 1,
  select: { revision: true, decision: true },
} as const satisfies Prisma.Product$decisionsArgs;

/**
 * The refusal of the farm's last revision, read from the listing and its latest decision; null when there
 * is none, or once a new revision waits for review (the note was about the one before it). Only for a listing
 * that was on sale (approved, or paused since): a refused new listing shows its note through its own status.
 */
export function revisionRefusal(p: {
  listingStatus: string;
  reviewNote: string | null;
  revisionSubmittedAt: Date | null;
  decisions: { revision: boolean; decision: string }[];
}): RevisionRefusal | null {
  const last = p.decisions[0];
  if (!last?.revision || p.revisionSubmittedAt) return null;
  if (p.listingStatus !== "approved" && p.listingStatus !== "archived") return null;
  if (last.decision !== "changes_requested" && last.decision !== "rejected") return null;
  return { decision: last.decision, note: p.reviewNote };
}
