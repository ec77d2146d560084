import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { sellerNavMessages } from "./nav-messages";

/** The farm's screens, in the order a farmer needs them. Each page marks itself current. */
export const SELLER_SCREENS = [
  { href: "/seller" },
  { href: "/seller/orders" },
  { href: "/seller/ratings" },
  { href: "/seller/listings/new" },
  { href: "/seller/helpers" },
  { href: "/mo-gian-hang" },
] as const;

export type SellerScreen = (typeof SELLER_SCREENS)[number]["href"];

/**
 * One row of large links under the page title; scrolls sideways on a 360 px screen instead of wrapping. Reads
 * the language itself (a server component), so every seller page gets it without passing it down.
 */
export async function SellerNav({ current }: { current: SellerScreen }) {
  const t = sellerNavMessages(await getLocale());
  return (
    <nav aria-label={t.nav} className="mb-4 flex gap-2 overflow-x-auto pb-1">
      {SELLER_SCREENS.map((s) => (
        <Link
          key={s.href}
          href={s.href}
          aria-current={s.href === current ? "page" : undefined}
          className={`flex min-h-12 items-center rounded-lg border px-4 text-base whitespace-nowrap ${
            s.href === current
              ? "border-green-700 bg-green-700 font-semibold text-white"
              : "border-stone-300 bg-white hover:bg-stone-100"
          }`}
        >
          {t.screens[s.href]}
        </Link>
      ))}
    </nav>
  );
}
