import type { ListingStatus } from "@cho-phien/db";

/** Who may move a listing along a step: the farm (owner or helper) or an OCOP reviewer. */
export type ListingStepBy = "seller" | "reviewer";

/**
 * The listing review flow, beside the order state machine: one table, no transitions hidden in handlers.
 * Each entry names the statuses a listing may move to and who may take that step.
 *
 * - The farm writes a draft and submits it; a reviewer approves it, sends it back (changes requested) or
 *   rejects it. Sent back, the farm edits and submits again.
 * - The farm may pause (archive) a listing and restore it: an archived listing goes back to draft, or straight
 *   back on sale if a reviewer had approved it and it was not edited since (the service checks that).
 * - A rejected listing stays rejected; the farm may only archive it.
 */
export const LISTING_TRANSITIONS: Record<ListingStatus, Partial<Record<ListingStatus, ListingStepBy>>> = {
  draft: { submitted: "seller", archived: "seller" },
  submitted: { approved: "reviewer", changes_requested: "reviewer", rejected: "reviewer" },
  changes_requested: { submitted: "seller", archived: "seller" },
  approved: { archived: "seller" },
  rejected: { archived: "seller" },
  archived: { draft: "seller", approved: "seller" },
};

/** Whether `by` may move a listing from `from` to `to`. */
export function canMoveListing(from: ListingStatus, to: ListingStatus, by: ListingStepBy): boolean {
  return LISTING_TRANSITIONS[from][to] === by;
}

/** The statuses `by` may move a listing to from `from` (for the buttons a screen offers). */
export function nextListingStatuses(from: ListingStatus, by: ListingStepBy): ListingStatus[] {
  return (Object.entries(LISTING_TRANSITIONS[from]) as [ListingStatus, ListingStepBy][])
    .filter(([, who]) => who === by)
    .map(([to]) => to);
}
