/** The GET parameters the search and category pages understand (everything else in the URL is ignored). */
export const SEARCH_KEYS = [
  "q",
  "category",
  "province",
  "ocopStars",
  "minPrice",
  "maxPrice",
  "sort",
  "page",
] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];
export type SearchParams = Partial<Record<SearchKey, string>>;

type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * Turns Next's searchParams into the raw input for `catalog.search`: the first value of a repeated key,
 * empty fields dropped (a GET form sends `province=` for "whole country"). Validation stays in zod.
 */
export function readSearchParams(raw: RawSearchParams): SearchParams {
  const out: SearchParams = {};
  for (const key of SEARCH_KEYS) {
    const v = raw[key];
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first.trim() !== "") out[key] = first;
  }
  return out;
}

const DEFAULTS: Partial<Record<SearchKey, string>> = { sort: "relevance", page: "1" };

/**
 * A link to `path` with these params, changed by `patch` (undefined removes a key). Defaults are left out so
 * equivalent pages share one URL, and any filter change goes back to page 1 unless `patch` sets a page.
 */
export function searchHref(
  path: string,
  params: SearchParams,
  patch: Partial<Record<SearchKey, string | undefined>> = {},
): string {
  const merged: SearchParams = { ...params };
  if (!("page" in patch)) delete merged.page;
  for (const [k, v] of Object.entries(patch) as [SearchKey, string | undefined][]) {
    if (v === undefined || v === "") delete merged[k];
    else merged[k] = v;
  }
  const qs = new URLSearchParams();
  for (const key of SEARCH_KEYS) {
    const v = merged[key];
    if (v !== undefined && v !== DEFAULTS[key]) qs.set(key, v);
  }
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

/** Page numbers to show around the current one, with null for a gap: 1 … 4 5 6 … 20. */
export function pageWindow(page: number, pageCount: number, radius = 1): (number | null)[] {
  const pages = new Set<number>([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (typeof prev === "number" && p - prev > 1) out.push(p - prev === 2 ? prev + 1 : null);
    out.push(p);
  }
  return out;
}
