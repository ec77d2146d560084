import Link from "next/link";

/** Previous / next links with "Trang 2 / 7"; plain links so it works without JavaScript. */
export function Pagination({
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
  const btn =
    "flex min-h-12 min-w-24 items-center justify-center rounded-lg border px-3 text-base font-semibold";
  return (
    <nav aria-label="Phân trang" className="mt-4 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link
          href={href(page - 1)}
          className={`${btn} border-stone-300 bg-white hover:bg-stone-100`}
          rel="prev"
        >
          ← Trước
        </Link>
      ) : (
        <span className={`${btn} border-stone-200 text-stone-400`} aria-hidden="true">
          ← Trước
        </span>
      )}
      <span className="text-base text-stone-700">
        Trang {Math.min(page, pages)} / {pages}
      </span>
      {page < pages ? (
        <Link
          href={href(page + 1)}
          className={`${btn} border-stone-300 bg-white hover:bg-stone-100`}
          rel="next"
        >
          Sau →
        </Link>
      ) : (
        <span className={`${btn} border-stone-200 text-stone-400`} aria-hidden="true">
          Sau →
        </span>
      )}
    </nav>
  );
}
