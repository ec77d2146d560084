import { formatDateVn } from "@cho-phien/validators/dates";
import type { ShopRatingView } from "~/server/api-types";
import { STOREFRONT_URL } from "~/server/storefront";
import { type RatingsListParams, ratingAnchor } from "./list-params";
import type { RatingsMessages } from "./messages";
import { ReplyForm } from "./reply-form";

/**
 * One buyer's rating: stars, product, who and when, the comment, then the farm's reply or the form to write
 * it. Buyers' and farms' words are rendered as text (React escapes them), never as HTML.
 */
export function RatingCard({
  rating: r,
  showShop,
  list,
  t,
}: {
  rating: ShopRatingView;
  showShop: boolean;
  list: RatingsListParams;
  t: RatingsMessages;
}) {
  return (
    <article
      id={ratingAnchor(r.id)}
      aria-label={`${r.product.title}: ${t.stars(r.stars)}`}
      className="space-y-2 rounded-xl border border-stone-300 bg-white p-4"
    >
      <p className="flex flex-wrap items-center gap-x-2 text-lg">
        <span role="img" aria-label={t.stars(r.stars)} className="tracking-wide text-amber-600">
          {"★".repeat(r.stars)}
          <span className="text-stone-300">{"★".repeat(5 - r.stars)}</span>
        </span>
        <span aria-hidden="true" className="text-base font-semibold">
          {r.stars}/5
        </span>
      </p>
      <p className="text-base break-words">
        <span className="text-stone-600">{t.product}</span>{" "}
        <a
          href={`${STOREFRONT_URL}/p/${encodeURIComponent(r.product.slug)}`}
          className="font-semibold text-green-800 underline"
        >
          {r.product.title}
        </a>
      </p>
      {showShop && (
        <p className="text-base break-words">
          <span className="text-stone-600">{t.shop}</span> {r.shop.name}
        </p>
      )}
      <p className="text-sm text-stone-600">{t.by(r.buyerName, formatDateVn(r.createdAt))}</p>
      {r.comment ? (
        <p className="text-base break-words whitespace-pre-line">{r.comment}</p>
      ) : (
        <p className="text-base text-stone-500 italic">{t.noComment}</p>
      )}
      {r.reply ? (
        <div className="rounded-lg border-l-4 border-green-700 bg-green-50 p-3">
          <p className="text-sm font-semibold text-green-900">
            {t.farmReplied(r.repliedAt ? formatDateVn(r.repliedAt) : "")}
          </p>
          <p className="text-base break-words whitespace-pre-line">{r.reply}</p>
        </div>
      ) : (
        <ReplyForm reviewId={r.id} list={list} t={t} />
      )}
    </article>
  );
}
