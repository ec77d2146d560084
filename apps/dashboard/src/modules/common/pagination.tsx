import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { commonMessages } from "./messages";

/**
 * Previous / next links with "Trang 2 / 7"; plain links so it works without JavaScript. Reads the language
 * itself (a server component), so every area's list pages in the farmer's language without passing it down.
 */
export async function Pagination({
  page,
  pageSize,
  total,
  href,
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const t = commonMessages(await getLocale());
  const btn =
    "flex min-h-12 min-w-24 items-center justify-center rounded-lg border px-3 text-base font-semibold";
  return (
    <nav aria-label={t.paginationNav} className="mt-4 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link
          href={href(page - 1)}
          className={`${btn} border-stone-300 bg-white hover:bg-stone-100`}
          rel="prev"
        >
          {t.previous}
        </Link>
      ) : (
        <span className={`${btn} border-stone-200 text-stone-400`} aria-hidden="true">
          {t.previous}
        </span>
      )}
      <span className="text-base text-stone-700">{t.page(Math.min(page, pages), pages)}</span>
      {page < pages ? (
        <Link
          href={href(page + 1)}
          className={`${btn} border-stone-300 bg-white hover:bg-stone-100`}
          rel="next"
        >
          {t.next}
        </Link>
      ) : (
        <span className={`${btn} border-stone-200 text-stone-400`} aria-hidden="true">
          {t.next}
        </span>
      )}
    </nav>
  );
}
