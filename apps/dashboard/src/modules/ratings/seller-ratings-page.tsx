import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { EmptyState } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { SellerNav } from "~/modules/seller/seller-nav";
import { getCaller } from "~/server/caller";
import { param, type SearchParams } from "~/server/search-params";
import { parseRatingsParams, ratingsHref } from "./list-params";
import { ratingsMessages } from "./messages";
import { isGoodOutcome, parseRatingOutcome } from "./outcome";
import { RatingCard } from "./rating-card";

/**
 * /seller/ratings: what buyers said about the farm's products, newest first, each with the farm's reply or a
 * form to write it. Server-rendered with plain form posts and links, so it works without JavaScript on a
 * 360 px phone.
 */
export async function SellerRatingsPage({ searchParams }: { searchParams: SearchParams }) {
  const [caller, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = ratingsMessages(locale);
  const shops = await caller.shops.mine();
  let params = parseRatingsParams(searchParams);
  // A shop that is not (or no longer) the farmer's: show all of theirs rather than an error page.
  if (params.shop && !shops.some((s) => s.id === params.shop)) params = { page: 1 };
  const ratings = await caller.ratings.forShop({ shopId: params.shop, page: params.page });
  const outcome = parseRatingOutcome(param(searchParams, "ket-qua"));
  const chip = (active: boolean) =>
    `flex min-h-12 items-center rounded-full border px-4 text-base whitespace-nowrap ${
      active
        ? "border-green-700 bg-green-700 font-semibold text-white"
        : "border-stone-300 bg-white hover:bg-stone-100"
    }`;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.pageTitle} subtitle={t.pageSubtitle} />
      <SellerNav current="/seller/ratings" />
      {outcome && (
        <p
          role={isGoodOutcome(outcome) ? "status" : "alert"}
          className={`mb-4 rounded-lg border p-3 text-base ${
            isGoodOutcome(outcome)
              ? "border-green-300 bg-green-50 text-green-900"
              : "border-amber-300 bg-amber-50 text-amber-900"
          }`}
        >
          {t.outcomes[outcome]}
        </p>
      )}

      {shops.length > 1 && (
        <nav className="mb-4 flex gap-2 overflow-x-auto pb-1" aria-label={t.filterByShop}>
          <Link
            href={ratingsHref({ page: 1 })}
            className={chip(!params.shop)}
            aria-current={!params.shop ? "page" : undefined}
          >
            {t.allShops}
          </Link>
          {shops.map((s) => (
            <Link
              key={s.id}
              href={ratingsHref({ shop: s.id, page: 1 })}
              className={chip(params.shop === s.id)}
              aria-current={params.shop === s.id ? "page" : undefined}
            >
              {s.name}
            </Link>
          ))}
        </nav>
      )}

      {shops.length === 0 ? (
        <EmptyState>{t.noShops}</EmptyState>
      ) : ratings.total === 0 ? (
        <EmptyState>{t.noRatings}</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-base text-stone-700">{t.summary(ratings.total, ratings.unanswered)}</p>
          <ul className="space-y-3">
            {ratings.items.map((r) => (
              <li key={r.id}>
                <RatingCard rating={r} showShop={shops.length > 1 && !params.shop} list={params} t={t} />
              </li>
            ))}
          </ul>
        </>
      )}
      <Pagination
        page={ratings.page}
        pageSize={ratings.pageSize}
        total={ratings.total}
        href={(page) => ratingsHref({ ...params, page })}
      />
    </div>
  );
}
