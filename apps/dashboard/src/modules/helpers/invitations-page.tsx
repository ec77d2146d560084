import { ZHelperShopInput } from "@cho-phien/validators/helpers";
import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { EmptyState } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { acceptInviteAction, declineInviteAction } from "./actions";
import { dayThenTime } from "./last-acted";
import { helpersMessages } from "./messages";
import { helperOutcomeMessage } from "./outcome";
import { OutcomeNotice } from "./outcome-notice";

/**
 * /loi-moi: farms that invited the signed-in person to help them sell. Accepting lets them act on the shop
 * (and opens the farm screens for a buyer account); declining closes the invitation. Plain form posts.
 */
export async function InvitationsPage({ searchParams }: { searchParams: SearchParams }) {
  const [caller, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = helpersMessages(locale);
  const invitations = await caller.helpers.myInvitations();
  const outcome = param(searchParams, "ket-qua");
  const notice = helperOutcomeMessage(outcome, locale);
  const accepted = ZHelperShopInput.safeParse({ shopId: param(searchParams, "shop") });

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.invitationsTitle} subtitle={t.invitationsSubtitle} />
      <OutcomeNotice notice={notice} />
      {outcome === "accepted" && accepted.success && (
        <p className="mb-4">
          <Link
            href={withParams("/seller", { shop: accepted.data.shopId })}
            className="flex min-h-12 items-center justify-center rounded-lg bg-green-700 px-4 text-base font-semibold text-white hover:bg-green-800"
          >
            {t.openAcceptedShop}
          </Link>
        </p>
      )}
      {invitations.length === 0 ? (
        <EmptyState>{t.noInvitations}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {invitations.map((inv) => (
            <li key={inv.shopId} className="rounded-xl border border-stone-300 bg-white p-4">
              <p className="text-lg font-semibold break-words">{inv.shopName}</p>
              <p className="text-base text-stone-600">
                {t.invitedBy(inv.ownerName, dayThenTime(inv.invitedAt))}
              </p>
              <p className="mt-2 text-base">{t.whatHelpingMeans}</p>
              <div className="mt-3 grid grid-cols-2 gap-2">
                <form action={acceptInviteAction}>
                  <input type="hidden" name="shopId" value={inv.shopId} />
                  <button
                    type="submit"
                    className="min-h-12 w-full rounded-lg bg-green-700 px-4 text-base font-semibold text-white hover:bg-green-800"
                  >
                    {t.accept}
                  </button>
                </form>
                <form action={declineInviteAction}>
                  <input type="hidden" name="shopId" value={inv.shopId} />
                  <button
                    type="submit"
                    className="min-h-12 w-full rounded-lg border border-stone-400 bg-white px-4 text-base font-semibold hover:bg-stone-100"
                  >
                    {t.decline}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
