import { PROVINCES } from "@cho-phien/validators/provinces";
import { REVIEW_KINDS, ZReviewQueueInput } from "@cho-phien/validators/reviews";
import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { reviewerMessages } from "./messages";
import { QueueCard } from "./queue-card";
import { waitingAge } from "./waiting-age";

const FILTER_KEYS = ["province", "category", "ocop", "kind"] as const;

const select = "block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-lg";

/**
 * The reviewer's queue: what waits in their provinces (new listings, revisions, certificates), oldest first,
 * with counts per kind, the longest wait, filters (a GET form, so it works without JavaScript) and who holds
 * each item.
 */
export async function ReviewQueue({ searchParams }: { searchParams: SearchParams }) {
  const [caller, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = reviewerMessages(locale);
  const raw = Object.fromEntries(FILTER_KEYS.map((k) => [k, param(searchParams, k) || undefined]));
  const parsed = ZReviewQueueInput.safeParse({ ...raw, page: param(searchParams, "page") });
  const input = parsed.success ? parsed.data : ZReviewQueueInput.parse({});
  const [queue, categories] = await Promise.all([caller.reviews.queue(input), caller.catalog.categories()]);
  const now = new Date();
  const current = Object.fromEntries(FILTER_KEYS.map((k) => [k, input[k]])) as Record<
    string,
    string | undefined
  >;
  const link = (over: Record<string, string | undefined>) => withParams("/reviewer", { ...current, ...over });
  const provinces = queue.provinces ?? PROVINCES.map((p) => ({ code: p.code, name: p.name }));
  const chip = (active: boolean) =>
    `flex min-h-12 items-center rounded-full border px-4 text-base whitespace-nowrap ${
      active
        ? "border-green-700 bg-green-700 font-semibold text-white"
        : "border-stone-300 bg-white hover:bg-stone-100"
    }`;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={t.queueTitle}
        subtitle={[
          t.queueSubtitle(queue.total),
          queue.oldestWaitingSince ? t.oldest(t.age(waitingAge(queue.oldestWaitingSince, now))) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      <InputErrors
        messages={parsed.success ? null : [...new Set(parsed.error.issues.map((i) => i.message))]}
      />
      {queue.provinces && queue.provinces.length === 0 && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-base text-amber-900"
        >
          {t.noProvinces}
        </p>
      )}
      {queue.provinces && queue.provinces.length > 0 && (
        <p className="mb-3 text-base text-stone-700">
          {t.scope(queue.provinces.map((p) => p.name).join(", "))}
        </p>
      )}

      <nav aria-label={t.kind} className="mb-3 flex gap-2 overflow-x-auto pb-1">
        <Link href={link({ kind: undefined })} className={chip(!input.kind)}>
          {t.kindCount(
            t.allKinds,
            REVIEW_KINDS.reduce((s, k) => s + queue.counts[k], 0),
          )}
        </Link>
        {REVIEW_KINDS.map((k) => (
          <Link key={k} href={link({ kind: k })} className={chip(input.kind === k)}>
            {t.kindCount(t.kinds[k], queue.counts[k])}
          </Link>
        ))}
      </nav>

      <details
        className="mb-4 rounded-xl border border-stone-200 bg-white p-3"
        open={FILTER_KEYS.some((k) => input[k])}
      >
        <summary className="flex min-h-12 cursor-pointer items-center text-lg font-semibold">
          {t.filters}
        </summary>
        <form method="get" action="/reviewer" className="mt-2 grid gap-3 sm:grid-cols-2">
          <label>
            <span className="mb-1 block text-base font-semibold">{t.province}</span>
            <select name="province" defaultValue={input.province ?? ""} className={select}>
              <option value="">{t.allProvinces}</option>
              {provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="mb-1 block text-base font-semibold">{t.category}</span>
            <select name="category" defaultValue={input.category ?? ""} className={select}>
              <option value="">{t.allCategories}</option>
              {categories.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {locale === "en" ? c.nameEn : c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="mb-1 block text-base font-semibold">{t.ocop}</span>
            <select name="ocop" defaultValue={input.ocop ?? ""} className={select}>
              <option value="">{t.ocopAny}</option>
              <option value="with">{t.ocopWith}</option>
              <option value="without">{t.ocopWithout}</option>
            </select>
          </label>
          <label>
            <span className="mb-1 block text-base font-semibold">{t.kind}</span>
            <select name="kind" defaultValue={input.kind ?? ""} className={select}>
              <option value="">{t.allKinds}</option>
              {REVIEW_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </select>
          </label>
          <div className="flex gap-2 sm:col-span-2">
            <button
              type="submit"
              className="min-h-12 flex-1 rounded-lg bg-green-700 px-5 text-lg font-semibold text-white sm:flex-none"
            >
              {t.filter}
            </button>
            <a
              href="/reviewer"
              className="flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-4 text-base font-medium"
            >
              {t.clearFilters}
            </a>
          </div>
        </form>
      </details>

      {queue.items.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {queue.items.map((item) => (
            <li key={item.productId}>
              <QueueCard item={item} t={t} now={now} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={queue.page}
        pageSize={queue.pageSize}
        total={queue.total}
        href={(page) => link({ page: page > 1 ? String(page) : undefined })}
      />
    </div>
  );
}
