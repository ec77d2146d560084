import { getLocale } from "~/i18n/get-locale";
import { STOREFRONT_URL } from "~/server/storefront";
import { layoutMessages } from "./messages";

/** What a signed-in buyer sees here: this site is the farms' back office; shopping is on the storefront. */
export async function BuyerNotice() {
  const locale = await getLocale();
  const t = layoutMessages(locale);
  return (
    <section className="mx-auto max-w-md rounded-xl border border-stone-200 bg-white p-5 text-center">
      <h1 className="text-xl font-bold">{t.buyerTitle}</h1>
      <p className="mt-3 text-base text-stone-700">{t.buyerBody}</p>
      <p lang={locale === "vi" ? "en" : "vi"} className="mt-2 text-sm text-stone-500">
        {t.buyerInOtherLanguage}
      </p>
      <a
        href={STOREFRONT_URL}
        className="mt-5 flex min-h-12 items-center justify-center rounded-lg bg-green-700 px-4 text-lg font-semibold text-white hover:bg-green-800"
      >
        {t.buyerGoShopping}
      </a>
      <p className="mt-4 text-sm text-stone-600">{t.buyerWantToSell}</p>
      <div className="mt-3 grid gap-2">
        <a
          href="/mo-gian-hang"
          className="flex min-h-12 items-center justify-center rounded-lg border border-green-700 px-4 text-lg font-semibold text-green-800 hover:bg-green-50"
        >
          {t.buyerOpenShop}
        </a>
        <a
          href="/loi-moi"
          className="flex min-h-12 items-center justify-center rounded-lg border border-stone-300 px-4 text-base hover:bg-stone-100"
        >
          {t.buyerInvitations}
        </a>
      </div>
    </section>
  );
}
