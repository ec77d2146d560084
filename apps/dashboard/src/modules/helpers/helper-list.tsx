import type { Locale } from "@cho-phien/ui/locale";
import { formatDateVn } from "@cho-phien/validators/dates";
import type { ShopHelperRow } from "~/server/api-types";
import { revokeHelperAction } from "./actions";
import { HelperStatusBadge } from "./helper-status-badge";
import { dayThenTime, lastActedLabel } from "./last-acted";
import { helpersMessages } from "./messages";

/**
 * The shop's helpers: who, status, when invited/accepted and when each last acted. Revoking asks for a
 * second tap (a <details> step, no JavaScript needed).
 */
export function HelperList({
  shopId,
  helpers,
  locale,
}: {
  shopId: string;
  helpers: ShopHelperRow[];
  locale: Locale;
}) {
  const t = helpersMessages(locale);
  const now = new Date();
  return (
    <ul className="space-y-3">
      {helpers.map((h) => (
        <li key={h.userId} className="rounded-xl border border-stone-300 bg-white p-4">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              <p className="text-lg font-semibold break-words">{h.name}</p>
              <p className="text-base text-stone-600">
                <span className="sr-only">{t.phoneEndingIn}</span>
                {h.phoneMasked}
              </p>
            </div>
            <HelperStatusBadge status={h.status} t={t} />
          </div>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
            <dt className="text-stone-600">{t.invitedOn}</dt>
            <dd>{formatDateVn(h.invitedAt)}</dd>
            {h.acceptedAt && (
              <>
                <dt className="text-stone-600">{t.acceptedAt}</dt>
                <dd>{dayThenTime(h.acceptedAt)}</dd>
              </>
            )}
            {h.revokedAt && (
              <>
                <dt className="text-stone-600">{t.revokedAt}</dt>
                <dd>{dayThenTime(h.revokedAt)}</dd>
              </>
            )}
            <dt className="text-stone-600">{t.lastActed}</dt>
            <dd>{lastActedLabel(h.lastActedAt, now, locale)}</dd>
          </dl>
          {h.status !== "revoked" && (
            <details className="mt-3">
              <summary className="flex min-h-12 cursor-pointer list-none items-center justify-center rounded-lg border border-red-300 bg-white px-4 text-base font-semibold text-red-800 hover:bg-red-50 [&::-webkit-details-marker]:hidden">
                {h.status === "pending" ? t.cancelInvitation : t.revoke}
              </summary>
              <form action={revokeHelperAction} className="mt-2 rounded-lg bg-red-50 p-3">
                <input type="hidden" name="shopId" value={shopId} />
                <input type="hidden" name="userId" value={h.userId} />
                <p className="text-base text-red-900">{t.revokeWarning(h.name)}</p>
                <button
                  type="submit"
                  className="mt-2 min-h-12 w-full rounded-lg bg-red-700 px-4 text-base font-semibold text-white hover:bg-red-800"
                >
                  {t.confirmRevoke}
                </button>
              </form>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
