import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { EmptyState } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { SellerNav } from "~/modules/seller/seller-nav";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { HelperList } from "./helper-list";
import { InviteForm } from "./invite-form";
import { helpersMessages } from "./messages";
import { helperOutcomeMessage } from "./outcome";
import { OutcomeNotice } from "./outcome-notice";
import { ShopSwitcher } from "./shop-switcher";

/**
 * /seller/helpers: the farmer invites village digital-team members by phone, sees each one's status and when
 * they last acted, and revokes them. Only the owner (or an admin) manages a shop's helpers; a helper sees
 * which farms they help. Server-rendered with plain form posts.
 */
export async function HelpersPage({ searchParams }: { searchParams: SearchParams }) {
  const [caller, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = helpersMessages(locale);
  const shops = await caller.shops.mine();
  const owned = shops.filter((s) => s.relation === "owner");
  const helped = shops.filter((s) => s.relation === "helper");
  const wanted = param(searchParams, "shop");
  const current = owned.find((s) => s.id === wanted) ?? owned[0];
  const notice = helperOutcomeMessage(param(searchParams, "ket-qua"), locale);
  const list = current ? await caller.helpers.list({ shopId: current.id }) : null;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.pageTitle} subtitle={t.pageSubtitle} />
      <SellerNav current="/seller/helpers" />
      <OutcomeNotice notice={notice} />

      {current && list ? (
        <>
          <ShopSwitcher
            shops={owned}
            currentId={current.id}
            href={(id) => withParams("/seller/helpers", { shop: id })}
          />
          <InviteForm shopId={current.id} t={t} />
          <section aria-labelledby="helpers-heading" className="mt-6">
            <h2 id="helpers-heading" className="mb-3 text-xl font-bold">
              {t.helpersHeading}{" "}
              <span className="font-normal text-stone-600">
                ({list.helpers.filter((h) => h.status !== "revoked").length})
              </span>
            </h2>
            {list.helpers.length === 0 ? (
              <EmptyState>{t.noHelpers}</EmptyState>
            ) : (
              <HelperList shopId={current.id} helpers={list.helpers} locale={locale} />
            )}
          </section>
        </>
      ) : (
        <EmptyState>
          {t.onlyOwnerInvites} {helped.length > 0 ? t.helpingCount(helped.length) : t.noShopYet}
        </EmptyState>
      )}

      {helped.length > 0 && (
        <section aria-labelledby="helping-heading" className="mt-6">
          <h2 id="helping-heading" className="mb-3 text-xl font-bold">
            {t.helpingHeading}
          </h2>
          <ul className="space-y-2">
            {helped.map((s) => (
              <li key={s.id}>
                <Link
                  href={withParams("/seller", { shop: s.id })}
                  className="flex min-h-12 items-center justify-between gap-2 rounded-lg border border-stone-300 bg-white px-4 text-base hover:bg-stone-100"
                >
                  <span className="min-w-0 break-words font-semibold">{s.name}</span>
                  <span className="shrink-0 text-sm text-stone-600">{t.ownedBy(s.ownerName)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6 text-base">
        <Link href="/loi-moi" className="inline-flex min-h-12 items-center text-green-800 underline">
          {t.seeMyInvitations}
        </Link>
      </p>
    </div>
  );
}
