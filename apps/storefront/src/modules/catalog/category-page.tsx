import { isTrpcError } from "@cho-phien/ui/trpc-errors";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getI18n } from "~/i18n/get-i18n";
import { notFoundMetadata } from "~/modules/layout/not-found-metadata";
import { runSearch } from "~/modules/search/run-search";
import { readSearchParams } from "~/modules/search/search-params";
import { SearchResults } from "~/modules/search/search-results";
import { getCaller } from "~/server/caller";
import { categoryName } from "./category-list";

type Props = {
  params: Promise<{ category: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The category, or null for an unknown or malformed slug (shared by the metadata and the page). */
const findCategory = cache(async (slug: string) => {
  const caller = await getCaller();
  try {
    return await caller.catalog.categoryBySlug({ slug });
  } catch (e) {
    if (isTrpcError(e, "NOT_FOUND") || isTrpcError(e, "BAD_REQUEST")) return null;
    throw e;
  }
});

export async function generateCategoryMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale, t }, { category: slug }] = await Promise.all([getI18n(), params]);
  const c = await findCategory(slug);
  if (!c) return notFoundMetadata();
  const name = categoryName(c, locale);
  return {
    title: name,
    description: `${name} – ${t.productCount(c.productCount)}. ${t.tagline}.`,
    alternates: { canonical: `/c/${c.slug}` },
    openGraph: { title: name, images: [{ url: `/img/categories/${c.slug}.svg` }] },
  };
}

export async function CategoryPage({ params, searchParams }: Props) {
  const [{ category: slug }, raw] = await Promise.all([params, searchParams]);
  // notFound() only here, in the page render: thrown from metadata it yields an empty, script-only 404.
  const category = (await findCategory(slug)) ?? notFound();
  const [{ t, locale }, caller] = await Promise.all([getI18n(), getCaller()]);
  // The path fixes the category; a `category=` in the query string is ignored.
  const { category: _ignored, ...filters } = readSearchParams(raw);
  const outcome = await runSearch(caller, { ...filters, category: category.slug });
  return (
    <SearchResults
      path={`/c/${category.slug}`}
      params={filters}
      outcome={outcome}
      heading={categoryName(category, locale)}
      t={t}
      locale={locale}
    />
  );
}
