import type { SessionUser } from "@cho-phien/auth";
import { formatVnPhone } from "@cho-phien/validators/phone";
import Link from "next/link";
import { areasFor, ROLE_LABELS } from "~/server/areas";
import { SignOutButton } from "./sign-out-button";

/** The top bar: brand, who is signed in, the areas their role opens, sign-out. Wraps on a 360 px screen. */
export function DashboardHeader({ user }: { user: SessionUser | null }) {
  const areas = user ? areasFor(user.role) : [];
  return (
    <header className="border-b border-green-900 bg-green-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-4">
        <Link href="/" className="flex min-h-12 items-center text-lg font-bold">
          Chợ Phiên <span className="ml-2 font-normal text-green-100">· Quản lý</span>
        </Link>
        {user && (
          <div className="ml-auto flex items-center gap-3">
            <span className="text-right text-sm leading-tight">
              <span className="block font-semibold">{user.name}</span>
              <span className="block text-green-100">
                {ROLE_LABELS[user.role]}
                {/* The phone number only where there is room: on a 360 px screen it pushes sign-out onto two lines. */}
                {user.phoneNumber && (
                  <span className="hidden sm:inline"> · {formatVnPhone(user.phoneNumber)}</span>
                )}
              </span>
            </span>
            <SignOutButton />
          </div>
        )}
      </div>
      {areas.length > 1 && (
        <nav aria-label="Khu vực" className="bg-green-900/40">
          <ul className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-3 sm:px-4">
            {areas.map((a) => (
              <li key={a.href}>
                <Link
                  href={a.href}
                  className="flex min-h-12 items-center px-3 text-base font-medium whitespace-nowrap hover:bg-green-900/60"
                >
                  {a.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
