import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { adminMessages } from "./messages";

/** The admin's screens; /admin/payments is the transfers page (payments module). */
export const ADMIN_SCREENS = [
  "/admin",
  "/admin/reviewers",
  "/admin/shops",
  "/admin/certificates",
  "/admin/audit",
  "/admin/payments",
] as const;

export type AdminScreen = (typeof ADMIN_SCREENS)[number];

/**
 * One row of large links under the page title; scrolls sideways on a 360 px screen instead of wrapping. Reads
 * the language itself (a server component).
 */
export async function AdminNav({ current }: { current: AdminScreen }) {
  const t = adminMessages(await getLocale());
  return (
    <nav aria-label={t.nav} className="mb-4 flex gap-2 overflow-x-auto pb-1">
      {ADMIN_SCREENS.map((href) => (
        <Link
          key={href}
          href={href}
          aria-current={href === current ? "page" : undefined}
          className={`flex min-h-12 items-center rounded-lg border px-4 text-base whitespace-nowrap ${
            href === current
              ? "border-green-700 bg-green-700 font-semibold text-white"
              : "border-stone-300 bg-white hover:bg-stone-100"
          }`}
        >
          {t.screens[href]}
        </Link>
      ))}
    </nav>
  );
}
