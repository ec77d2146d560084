import type { Messages } from "~/i18n/dictionary";
import type { Locale } from "~/i18n/locale";
import { ProductGrid } from "~/modules/catalog/product-card";
import type { CategorySummary } from "~/server/api-types";
import { Pagination } from "./pagination";
import type { SearchOutcome } from "./run-search";
import { SearchFilters } from "./search-filters";
import type { SearchParams } from "./search-params";
import { SortLinks } from "./sort-links";

/** Heading, search form and filters, sort, results and pages: shared by /search and /c/[category]. */
export function SearchResults({
  path,
  params,
  outcome,
  categories,
  heading,
  intro,
  t,
  locale,
}: {
  path: string;
  params: SearchParams;
  outcome: SearchOutcome;
  categories?: CategorySummary[];
  heading: string;
  intro?: string;
  t: Messages;
  locale: Locale;
}) {
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-bold break-words">{heading}</h1>
        {intro ? <p className="text-sm text-stone-600">{intro}</p> : null}
      </div>
      {/* Plain markup, not a <Suspense> hydration unit: with the results grid in the shell, a boundary this
          size would be streamed after the footer and shift the page (see the root layout). */}
      <SearchFilters action={path} params={params} categories={categories} t={t} locale={locale} />
      {outcome.ok ? (
        <>
          <SortLinks path={path} params={params} t={t} />
          <p className="text-sm text-stone-700" aria-live="polite">
            {outcome.result.totalIsCapped
              ? t.resultsCountMore(outcome.result.total)
              : t.resultsCount(outcome.result.total)}
            {outcome.result.pageCount > 1
              ? ` · ${t.pageOf(outcome.result.page, outcome.result.pageCount)}`
              : null}
          </p>
          <h2 className="sr-only">{t.resultsHeading}</h2>
          {outcome.result.items.length ? (
            <ProductGrid products={outcome.result.items} t={t} eagerCount={2} />
          ) : (
            <p className="rounded-xl border border-stone-200 bg-white p-4 text-stone-700">{t.noResults}</p>
          )}
          <Pagination
            path={path}
            params={params}
            page={outcome.result.page}
            pageCount={outcome.result.pageCount}
            t={t}
          />
        </>
      ) : (
        <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t.invalidSearch}</p>
          <ul className="mt-1 list-disc pl-5">
            {outcome.errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
