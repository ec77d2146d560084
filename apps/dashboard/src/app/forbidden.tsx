import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { layoutMessages } from "~/modules/layout/messages";

/** A signed-in user opened an area their role does not grant (HTTP 403, via `forbidden()`). */
export default async function Forbidden() {
  const locale = await getLocale();
  const t = layoutMessages(locale);
  return (
    <section className="mx-auto max-w-md rounded-xl border border-amber-300 bg-amber-50 p-5 text-center">
      <p className="text-sm font-semibold text-amber-800">{t.forbiddenCode}</p>
      <h1 className="mt-1 text-xl font-bold">{t.forbiddenTitle}</h1>
      <p className="mt-3 text-base text-stone-700">{t.forbiddenBody}</p>
      <p lang={locale === "vi" ? "en" : "vi"} className="mt-2 text-sm text-stone-500">
        {t.forbiddenInOtherLanguage}
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
