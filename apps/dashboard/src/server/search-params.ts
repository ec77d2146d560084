export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (`?q=a&q=b` → "a"). */
export function param(sp: SearchParams, key: string): string | undefined {
  const v = sp[key];
  return Array.isArray(v) ? v[0] : v;
}

/** A URL for the same page with some parameters changed (undefined or "" removes one). */
export function withParams(path: string, sp: Record<string, string | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) if (v) qs.set(k, v);
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}
