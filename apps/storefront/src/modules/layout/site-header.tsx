import type { SessionUser } from "@cho-phien/auth";
import { SEARCH_QUERY_MAX } from "@cho-phien/validators/search";
import Link from "next/link";
import type { Messages } from "~/i18n/dictionary";
import type { Locale } from "~/i18n/locale";

const navLink =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-2 text-sm font-medium whitespace-nowrap text-stone-800 hover:bg-stone-100";

/**
 * Name, language switch, cart, sign-in, and a search box that is a plain GET form: all of it works with
 * JavaScript off. The language link is a normal request to /locale (sets the cookie, comes back here).
 * On search and category pages, whose own form carries the query and filters, the header box steps aside
 * (CSS :has, no script) so there are not two search boxes one above the other.
 */
export function SiteHeader({ t, locale, user }: { t: Messages; locale: Locale; user: SessionUser | null }) {
  const other = locale === "vi" ? "en" : "vi";
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-0.5 px-2 pt-1">
        <Link
          prefetch={false}
          href="/"
          className="mr-auto inline-flex min-h-11 items-center px-1 text-xl font-bold whitespace-nowrap text-brand-700"
        >
          {t.siteName}
        </Link>
        {/* Two letters fit a 360 px header; screen readers also hear the language spelled out. */}
        <a href={`/locale?to=${other}`} hrefLang={other} lang={other} className={navLink}>
          {other.toUpperCase()}
          <span className="sr-only"> – {t.switchLanguage}</span>
        </a>
        <Link href="/cart" prefetch={false} className={navLink}>
          <CartIcon />
          <span className="sr-only sm:not-sr-only sm:ml-1">{t.cart}</span>
        </Link>
        {user ? (
          <span className="inline-flex min-h-11 max-w-[8rem] items-center px-2 text-sm font-medium text-stone-800">
            <span className="truncate">{t.hello(user.name)}</span>
          </span>
        ) : (
          <Link href="/dang-nhap" prefetch={false} className={navLink}>
            {t.signIn}
          </Link>
        )}
      </div>
      <form
        action="/search"
        method="get"
        role="search"
        className="mx-auto flex max-w-6xl gap-2 px-3 pt-1 pb-2.5 [body:has(#search-q)_&]:hidden"
      >
        <label htmlFor="site-search" className="sr-only">
          {t.searchLabel}
        </label>
        <input
          id="site-search"
          name="q"
          type="search"
          maxLength={SEARCH_QUERY_MAX}
          enterKeyHint="search"
          autoComplete="off"
          placeholder={t.searchPlaceholder}
          className="h-11 min-w-0 flex-1 rounded-lg border border-stone-300 bg-stone-50 px-3 text-base placeholder:text-stone-500"
        />
        <button
          type="submit"
          className="h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t.searchButton}
        </button>
      </form>
    </header>
  );
}

function CartIcon() {
  return (
    <svg
      aria-hidden="true"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path
        d="M3 4h2l2.4 11.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 8H6.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="9" cy="20" r="1.4" />
      <circle cx="17" cy="20" r="1.4" />
    </svg>
  );
}
