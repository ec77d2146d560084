import { formatDateVn } from "@cho-phien/validators/dates";
import type { Locale } from "~/i18n/locale";
import { getCaller } from "~/server/caller";
import { ordersMessages } from "./messages";
import { Stars } from "./stars";

/**
 * Ratings block for the product page: average, then buyers' comments with the farm's reply, newest first.
 * Server component; drop it in as <ProductRatings productId={p.id} locale={locale} /> (optionally `page`
 * from ?danh-gia=2, linked by "more"). Renders nothing for a product that is not on sale.
 */
export async function ProductRatings({
  productId,
  locale,
  page = 1,
  pageSize = 5,
  moreHref,
}: {
  productId: string;
  locale: Locale;
  page?: number;
  pageSize?: number;
  /** Link to the next page of ratings (e.g. `?danh-gia=2#danh-gia`); omitted = no link. */
  moreHref?: (nextPage: number) => string;
}) {
  const t = ordersMessages(locale);
  const api = await getCaller();
  const ratings = await api.ratings.forProduct({ productId, page, pageSize }).catch(() => null);
  if (!ratings) return null;
  const avg = ratings.average.toLocaleString(locale === "en" ? "en-GB" : "vi-VN", {
    maximumFractionDigits: 1,
  });
  return (
    <section id="danh-gia" aria-labelledby="ratings-title" className="space-y-3">
      <h2 id="ratings-title" className="text-lg font-bold">
        {t.ratingsTitle}
      </h2>
      {ratings.count === 0 ? (
        <p className="text-stone-700">{t.noRatings}</p>
      ) : (
        <>
          <p className="flex items-center gap-2 text-lg">
            <Stars value={ratings.average} label={t.ratingSummary(avg, ratings.count)} />
            <span className="font-semibold">{t.ratingSummary(avg, ratings.count)}</span>
          </p>
          <ul className="space-y-3">
            {ratings.items.map((r) => (
              <li key={r.id} className="space-y-1 rounded-xl border border-stone-200 bg-white p-3">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <Stars value={r.stars} label={t.star(r.stars)} />
                  <span className="font-medium">{r.buyerName}</span>
                  <span className="text-stone-500">{formatDateVn(r.createdAt)}</span>
                </p>
                {r.comment ? <p className="whitespace-pre-line break-words">{r.comment}</p> : null}
                {r.reply ? (
                  <div className="rounded-lg bg-brand-50 p-2 text-sm">
                    <p className="font-semibold text-brand-800">{t.farmReply}</p>
                    <p className="whitespace-pre-line break-words">{r.reply}</p>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {moreHref && page < ratings.pageCount ? (
            <a
              href={moreHref(page + 1)}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
            >
              {t.moreRatings}
            </a>
          ) : null}
        </>
      )}
    </section>
  );
}
