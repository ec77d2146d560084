import type { SessionUser } from "@cho-phien/auth";
import type { Locale } from "@cho-phien/ui/locale";
import { formatVnPhone } from "@cho-phien/validators/phone";
import Link from "next/link";
import { areasFor } from "~/server/areas";
import { layoutMessages } from "./messages";
import { SignOutButton } from "./sign-out-button";

/**
 * The top bar: brand, the language switch, who is signed in, the areas their role opens, sign-out. Wraps on a
 * 360 px screen. The language link is a plain request to /locale (sets the cookie, comes back here), so it works
 * without JavaScript, signed in or not.
 */
export function DashboardHeader({ user, locale }: { user: SessionUser | null; locale: Locale }) {
  const t = layoutMessages(locale);
  const other: Locale = locale === "vi" ? "en" : "vi";
  const areas = user ? areasFor(user.role) : [];
  return (
    <header className="border-b border-green-900 bg-green-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-4">
        <Link href="/" className="flex min-h-12 items-center text-lg font-bold">
          Chợ Phiên <span className="ml-2 font-normal text-green-100">· {t.brandArea}</span>
        </Link>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-2">
          <a
            href={`/locale?to=${other}`}
            hrefLang={other}
            className="flex min-h-12 items-center rounded-lg px-2 text-base font-medium underline underline-offset-4 hover:bg-green-900"
          >
            <span lang={other}>{t.otherLanguage}</span>
            <span className="sr-only"> – {t.otherLanguageHint}</span>
          </a>
          {user && (
            <>
              <span className="text-right text-sm leading-tight">
                <span className="block font-semibold">{user.name}</span>
                <span className="block text-green-100">
                  {t.roles[user.role]}
                  {/* The phone number only where there is room: on a 360 px screen it pushes sign-out onto two lines. */}
                  {user.phoneNumber && (
                    <span className="hidden sm:inline"> · {formatVnPhone(user.phoneNumber)}</span>
                  )}
                </span>
              </span>
              <SignOutButton label={t.signOut} />
            </>
          )}
        </div>
      </div>
      {areas.length > 1 && (
        <nav aria-label={t.areasNav} className="bg-green-900/40">
          <ul className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-3 sm:px-4">
            {areas.map((a) => (
              <li key={a.href}>
                <Link
                  href={a.href}
                  className="flex min-h-12 items-center px-3 text-base font-medium whitespace-nowrap hover:bg-green-900/60"
                >
                  {t.areas[a.href]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
