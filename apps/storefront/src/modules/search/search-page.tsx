import type { Metadata } from "next";
import { getI18n } from "~/i18n/get-i18n";
import { getCaller } from "~/server/caller";
import { runSearch } from "./run-search";
import { readSearchParams } from "./search-params";
import { SearchResults } from "./search-results";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateSearchMetadata({ searchParams }: Props): Promise<Metadata> {
  const { t } = await getI18n();
  const params = readSearchParams(await searchParams);
  const q = params.q?.trim().slice(0, 80);
  // A plain query ("ot chao mao") is a page worth finding; filter, sort and page combinations are endless
  // near-duplicates: crawlers may follow them but not index them.
  const plain = Object.keys(params).every((k) => k === "q");
  return {
    title: q ? t.resultsFor(q) : t.searchTitle,
    robots: plain ? undefined : { index: false, follow: true },
  };
}

export async function SearchPage({ searchParams }: Props) {
  const params = readSearchParams(await searchParams);
  const [{ t, locale }, caller] = await Promise.all([getI18n(), getCaller()]);
  const [categories, outcome] = await Promise.all([caller.catalog.categories(), runSearch(caller, params)]);
  const q = params.q?.trim();
  return (
    <SearchResults
      path="/search"
      params={params}
      outcome={outcome}
      categories={categories}
      heading={q && outcome.ok ? t.resultsFor(q) : q ? t.searchTitle : t.allProducts}
      t={t}
      locale={locale}
    />
  );
}
