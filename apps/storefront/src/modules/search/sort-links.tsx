import { SORTS } from "@cho-phien/validators/search";
import Link from "next/link";
import type { Messages } from "~/i18n/dictionary";
import { type SearchParams, searchHref } from "./search-params";

/** Sorting as links (one tap, no JavaScript, no extra submit button). */
export function SortLinks({ path, params, t }: { path: string; params: SearchParams; t: Messages }) {
  const current = params.sort ?? "relevance";
  return (
    <nav aria-label={t.sortBy} className="-mx-3 overflow-x-auto px-3">
      <ul className="flex gap-2 whitespace-nowrap">
        {SORTS.map((s) => (
          <li key={s}>
            <Link
              href={searchHref(path, params, { sort: s })}
              prefetch={false}
              aria-current={s === current ? "true" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border px-3 text-sm ${
                s === current
                  ? "border-brand-700 bg-brand-700 font-semibold text-white"
                  : "border-stone-300 bg-white text-stone-800"
              }`}
            >
              {t.sort[s]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
