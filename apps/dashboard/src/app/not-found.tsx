import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { layoutMessages } from "~/modules/layout/messages";

export default async function NotFound() {
  const locale = await getLocale();
  const t = layoutMessages(locale);
  return (
    <section className="mx-auto max-w-md rounded-xl border border-stone-200 bg-white p-5 text-center">
      <h1 className="text-xl font-bold">{t.notFoundTitle}</h1>
      <p lang={locale === "vi" ? "en" : "vi"} className="mt-2 text-sm text-stone-500">
        {t.notFoundInOtherLanguage}
      </p>
      <Link
        href="/"
        className="mt-5 flex min-h-12 items-center justify-center rounded-lg bg-green-700 px-4 text-lg font-semibold text-white"
      >
        {t.backHome}
      </Link>
    </section>
  );
}
