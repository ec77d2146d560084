/**
 * What happened after a reply form, carried back in the URL as a fixed word (`ket-qua`) — never free text, so
 * a crafted link cannot put words on the farmer's screen.
 */
export const RATING_OUTCOMES = [
  "replied",
  "already_replied",
  "empty",
  "too_long",
  "not_found",
  "forbidden",
  "invalid",
  "error",
] as const;
export type RatingOutcome = (typeof RATING_OUTCOMES)[number];

/** The outcome named by a query value, or null for anything else (a hand-edited URL shows nothing). */
export function parseRatingOutcome(value: string | undefined): RatingOutcome | null {
  return value && (RATING_OUTCOMES as readonly string[]).includes(value) ? (value as RatingOutcome) : null;
}

export function isGoodOutcome(o: RatingOutcome): boolean {
  return o === "replied";
}

/** The outcome word for an error from ratings.reply, by its tRPC code. */
export function outcomeOfReplyError(e: unknown): RatingOutcome {
  switch ((e as { code?: string }).code) {
    case "CONFLICT":
      return "already_replied";
    case "NOT_FOUND":
      return "not_found";
    case "FORBIDDEN":
    case "UNAUTHORIZED":
      return "forbidden";
    case "BAD_REQUEST":
      return "invalid";
    default:
      return "error";
  }
}

/** The outcome word for a reply the form schema refused: an empty or too long reply, else a tampered post. */
export function outcomeOfRefusedReply(
  issues: readonly { path: readonly PropertyKey[]; code: string }[],
): RatingOutcome {
  const onReply = issues.find((i) => i.path[0] === "reply");
  if (!onReply) return "invalid";
  return onReply.code === "too_big" ? "too_long" : "empty";
}
