"use server";

import { RATING_COMMENT_MAX, ZReplyToRatingInput } from "@cho-phien/validators/ratings";
import { redirect } from "next/navigation";
import { getCaller } from "~/server/caller";
import { parseRatingsParams, ratingAnchor, ratingsHref } from "./list-params";
import { outcomeOfRefusedReply, outcomeOfReplyError, type RatingOutcome } from "./outcome";

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

/**
 * "Gửi trả lời" under a rating on /seller/ratings: a plain form post, so it works without JavaScript.
 * ratings.reply checks that the rating is of a shop the user manages (owner or accepted helper), records the
 * role in the audit log, and answers once. The farmer comes back to the same page, at the rating, with the
 * outcome as a fixed word.
 */
export async function replyToRatingAction(formData: FormData): Promise<void> {
  const params = parseRatingsParams({ shop: str(formData.get("shop")), page: str(formData.get("page")) });
  const parsed = ZReplyToRatingInput.safeParse({
    reviewId: str(formData.get("reviewId")),
    // Capped before parsing so a hostile post cannot make the server normalise megabytes.
    reply: str(formData.get("reply"))?.slice(0, RATING_COMMENT_MAX * 4),
  });
  let outcome: RatingOutcome;
  if (!parsed.success) {
    outcome = outcomeOfRefusedReply(parsed.error.issues);
  } else {
    try {
      await (await getCaller()).ratings.reply(parsed.data);
      outcome = "replied";
    } catch (e) {
      outcome = outcomeOfReplyError(e);
      if (outcome === "error") console.error("[seller ratings] reply failed", e);
    }
  }
  const id = parsed.success ? parsed.data.reviewId : str(formData.get("reviewId"))?.slice(0, 64);
  // Outside any try: redirect() throws on purpose.
  redirect(`${ratingsHref(params, { "ket-qua": outcome })}${id ? `#${ratingAnchor(id)}` : ""}`);
}
