import { RATING_COMMENT_MAX } from "@cho-phien/validators/ratings";
import { replyToRatingAction } from "./actions";
import type { RatingsListParams } from "./list-params";
import type { RatingsMessages } from "./messages";

/** The farm's one reply to a rating: a textarea and a big button, posted to a server action (no JavaScript). */
export function ReplyForm({
  reviewId,
  list,
  t,
}: {
  reviewId: string;
  /** The list the farmer is on, to come back to the same page. */
  list: RatingsListParams;
  t: RatingsMessages;
}) {
  const field = `tra-loi-${reviewId}`;
  return (
    <form action={replyToRatingAction} className="space-y-2 border-t border-stone-200 pt-3">
      <input type="hidden" name="reviewId" value={reviewId} />
      {list.shop ? <input type="hidden" name="shop" value={list.shop} /> : null}
      {list.page > 1 ? <input type="hidden" name="page" value={list.page} /> : null}
      <label htmlFor={field} className="block text-base font-semibold">
        {t.replyLabel}
      </label>
      <textarea
        id={field}
        name="reply"
        rows={3}
        required
        maxLength={RATING_COMMENT_MAX}
        aria-describedby={`${field}-goi-y`}
        className="block w-full rounded-lg border border-stone-400 px-3 py-2 text-base"
      />
      <p id={`${field}-goi-y`} className="text-sm text-stone-600">
        {t.replyHint}
      </p>
      <button
        type="submit"
        className="flex min-h-12 w-full items-center justify-center rounded-lg bg-green-700 px-5 text-base font-semibold text-white hover:bg-green-800 sm:w-auto"
      >
        {t.sendReply}
      </button>
    </form>
  );
}
