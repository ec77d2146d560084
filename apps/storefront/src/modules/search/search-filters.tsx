import { PROVINCES } from "@cho-phien/validators/provinces";
import { OCOP_STARS, SEARCH_QUERY_MAX } from "@cho-phien/validators/search";
import type { Messages } from "~/i18n/dictionary";
import type { Locale } from "~/i18n/locale";
import { categoryName } from "~/modules/catalog/category-list";
import type { CategorySummary } from "~/server/api-types";
import type { SearchParams } from "./search-params";

const field = "h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base";
const labelCls = "mb-1 block text-sm font-medium text-stone-800";

/**
 * The search box and filters as one GET form: submitting it is an ordinary page load, so filtering works with
 * JavaScript off and every result page has a shareable URL. Filters sit in <details>, folded on small
 * screens unless one is already in use.
 */
export function SearchFilters({
  action,
  params,
  categories,
  t,
  locale,
}: {
  action: string;
  params: SearchParams;
  /** Omitted on a category page, where the path already fixes the category. */
  categories?: CategorySummary[];
  t: Messages;
  locale: Locale;
}) {
  const filtering = Boolean(
    params.category || params.province || params.ocopStars || params.minPrice || params.maxPrice,
  );
  return (
    <form action={action} method="get" className="space-y-3" role="search">
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          {t.searchLabel}
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          maxLength={SEARCH_QUERY_MAX}
          defaultValue={params.q?.slice(0, SEARCH_QUERY_MAX)}
          enterKeyHint="search"
          autoComplete="off"
          placeholder={t.searchPlaceholder}
          className={`${field} min-w-0 flex-1`}
        />
        <button
          type="submit"
          className="h-11 shrink-0 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t.searchButton}
        </button>
      </div>
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      <details open={filtering} className="rounded-xl border border-stone-200 bg-white">
        <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold">
          {t.filters}
        </summary>
        <div className="grid grid-cols-2 gap-3 px-3 pb-3 md:grid-cols-5">
          {categories ? (
            <div className="col-span-2 md:col-span-1">
              <label htmlFor="f-category" className={labelCls}>
                {t.filterCategory}
              </label>
              <select id="f-category" name="category" defaultValue={params.category ?? ""} className={field}>
                <option value="">{t.anyCategory}</option>
                {categories.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {categoryName(c, locale)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="col-span-2 md:col-span-1">
            <label htmlFor="f-province" className={labelCls}>
              {t.filterProvince}
            </label>
            <select id="f-province" name="province" defaultValue={params.province ?? ""} className={field}>
              <option value="">{t.anyProvince}</option>
              {PROVINCES.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="col-span-2 md:col-span-1">
            <label htmlFor="f-ocop" className={labelCls}>
              {t.filterOcop}
            </label>
            <select id="f-ocop" name="ocopStars" defaultValue={params.ocopStars ?? ""} className={field}>
              <option value="">{t.anyOcop}</option>
              {OCOP_STARS.map((s) => (
                <option key={s} value={String(s)}>
                  {t.ocopAtLeast(s)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-min" className={labelCls}>
              {t.filterPriceMin}
            </label>
            <input
              id="f-min"
              name="minPrice"
              inputMode="numeric"
              maxLength={15}
              defaultValue={params.minPrice}
              placeholder="0"
              className={field}
            />
          </div>
          <div>
            <label htmlFor="f-max" className={labelCls}>
              {t.filterPriceMax}
            </label>
            <input
              id="f-max"
              name="maxPrice"
              inputMode="numeric"
              maxLength={15}
              defaultValue={params.maxPrice}
              placeholder="500.000"
              className={field}
            />
          </div>
          <div className="col-span-2 flex items-center gap-3 md:col-span-5">
            <button
              type="submit"
              className="h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            >
              {t.applyFilters}
            </button>
            {filtering ? (
              <a
                href={params.q ? `${action}?q=${encodeURIComponent(params.q)}` : action}
                className="inline-flex min-h-11 items-center px-2 text-sm underline"
              >
                {t.clearFilters}
              </a>
            ) : null}
          </div>
        </div>
      </details>
    </form>
  );
}
