/**
 * What a decision did, carried back to the item page in `?ket-qua=` as a fixed word (never free text, so a
 * crafted link cannot put words on the reviewer's screen).
 */
export const REVIEW_OUTCOMES = [
  "approved",
  "revision_approved",
  "changes_requested",
  "rejected",
  "verified",
  "cert_rejected",
] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export function parseReviewOutcome(word: string | undefined): ReviewOutcome | null {
  return (REVIEW_OUTCOMES as readonly string[]).includes(word ?? "") ? (word as ReviewOutcome) : null;
}
