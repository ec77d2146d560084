import Link from "next/link";
import { getI18n } from "~/i18n/get-i18n";
import { CategoryList } from "~/modules/catalog/category-list";
import { ProductGrid } from "~/modules/catalog/product-card";
import { getCaller } from "~/server/caller";

/** Home: the aisles, verified OCOP products, and what farmers listed last. */
export async function HomePage() {
  const [{ t, locale }, caller] = await Promise.all([getI18n(), getCaller()]);
  const home = await caller.catalog.home();
  return (
    <div className="space-y-8">
      <section aria-labelledby="home-title" className="rounded-2xl bg-brand-700 px-4 py-5 text-white">
        <h1 id="home-title" className="text-2xl font-bold">
          {t.siteName}
        </h1>
        <p className="mt-1 text-brand-50">{t.tagline}</p>
      </section>

      <section aria-labelledby="home-categories">
        <h2 id="home-categories" className="mb-3 text-lg font-bold">
          {t.categories}
        </h2>
        <CategoryList categories={home.categories} t={t} locale={locale} />
      </section>

      <section aria-labelledby="home-ocop">
        <div className="mb-3 flex items-end justify-between gap-2">
          <div>
            <h2 id="home-ocop" className="text-lg font-bold">
              {t.ocopHighlights}
            </h2>
            <p className="text-sm text-stone-600">{t.ocopHighlightsNote}</p>
          </div>
          <Link
            prefetch={false}
            href="/search?ocopStars=3"
            className="inline-flex min-h-11 shrink-0 items-center text-sm font-semibold text-brand-700 underline"
          >
            {t.seeAll}
          </Link>
        </div>
        <ProductGrid products={home.ocopHighlights} t={t} eagerCount={2} />
      </section>

      <section aria-labelledby="home-new">
        <div className="mb-3 flex items-end justify-between gap-2">
          <h2 id="home-new" className="text-lg font-bold">
            {t.newArrivals}
          </h2>
          <Link
            prefetch={false}
            href="/search?sort=newest"
            className="inline-flex min-h-11 shrink-0 items-center text-sm font-semibold text-brand-700 underline"
          >
            {t.seeAll}
          </Link>
        </div>
        <ProductGrid products={home.newArrivals} t={t} />
      </section>
    </div>
  );
}
