import Link from "next/link";
import { getI18n } from "~/i18n/get-i18n";

export const metadata = { title: "Không tìm thấy trang" };

/** The 404 for unknown URLs and for notFound() on unknown or unapproved products, categories and shops. */
export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-md py-10 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-2 text-xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-2 text-stone-700">{t.notFoundText}</p>
      <form action="/search" method="get" role="search" className="mt-5 flex gap-2">
        <label htmlFor="nf-q" className="sr-only">
          {t.searchLabel}
        </label>
        <input
          id="nf-q"
          name="q"
          type="search"
          maxLength={200}
          placeholder={t.searchPlaceholder}
          className="h-11 min-w-0 flex-1 rounded-lg border border-stone-300 bg-white px-3 text-base"
        />
        <button type="submit" className="h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white">
          {t.searchButton}
        </button>
      </form>
      <Link
        prefetch={false}
        href="/"
        className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
      >
        {t.backHome}
      </Link>
    </div>
  );
}
