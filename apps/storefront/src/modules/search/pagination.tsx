import Link from "next/link";
import type { Messages } from "~/i18n/dictionary";
import { pageWindow, type SearchParams, searchHref } from "./search-params";

const cell = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border px-3 text-sm";

/** Numbered pages as plain links; rel=prev/next for crawlers. Hidden when everything fits on one page. */
export function Pagination({
  path,
  params,
  page,
  pageCount,
  t,
}: {
  path: string;
  params: SearchParams;
  page: number;
  pageCount: number;
  t: Messages;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => searchHref(path, params, { page: p > 1 ? String(p) : undefined });
  return (
    <nav aria-label={t.pagination} className="mt-6">
      <p className="sr-only">{t.pageOf(Math.min(page, pageCount), pageCount)}</p>
      <ul className="flex flex-wrap items-center justify-center gap-1.5">
        {page > 1 ? (
          <li>
            <Link
              href={href(Math.min(page - 1, pageCount))}
              rel="prev"
              prefetch={false}
              className={`${cell} border-stone-300 bg-white`}
            >
              <span aria-hidden="true">‹</span>
              <span className="ml-1">{t.previousPage}</span>
            </Link>
          </li>
        ) : null}
        {pageWindow(Math.min(page, pageCount), pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={href(p)}
                prefetch={false}
                aria-current={p === page ? "page" : undefined}
                className={`${cell} ${p === page ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-stone-300 bg-white"}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link
              href={href(page + 1)}
              rel="next"
              prefetch={false}
              className={`${cell} border-stone-300 bg-white`}
            >
              <span className="mr-1">{t.nextPage}</span>
              <span aria-hidden="true">›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
