import { SHOP_STATES, ZAdminShopsInput } from "@cho-phien/validators/admin";
import { formatDateTimeVn } from "@cho-phien/validators/dates";
import { formatVnPhone } from "@cho-phien/validators/phone";
import { getLocale } from "~/i18n/get-locale";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { OutcomeNotice } from "~/modules/helpers/outcome-notice";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { reinstateShopAction, suspendShopAction } from "./actions";
import { AdminNav } from "./admin-nav";
import { Disclosure } from "./disclosure";
import { adminMessages } from "./messages";
import { adminOutcomeMessage } from "./outcome";
import { ReasonForm } from "./reason-form";

/**
 * /admin/shops: every shop with its state; suspend one (its listings leave the storefront at once, running
 * orders continue) or reinstate it, each with a reason.
 */
export async function ShopsPage({ searchParams }: { searchParams: SearchParams }) {
  const [caller, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = adminMessages(locale);
  const parsed = ZAdminShopsInput.safeParse({
    q: param(searchParams, "q") || undefined,
    state: param(searchParams, "trang-thai") || undefined,
    page: param(searchParams, "page"),
  });
  const input = parsed.success ? parsed.data : ZAdminShopsInput.parse({});
  const shops = await caller.admin.shops(input);
  const query = (page: number) => ({
    q: input.q,
    "trang-thai": input.state === "all" ? undefined : input.state,
    page: page > 1 ? String(page) : undefined,
  });
  const here = withParams("/admin/shops", query(input.page));

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.shopsTitle} subtitle={t.shopsSubtitle} />
      <AdminNav current="/admin/shops" />
      <OutcomeNotice notice={adminOutcomeMessage(param(searchParams, "ket-qua"), locale)} />
      <InputErrors
        messages={parsed.success ? null : [...new Set(parsed.error.issues.map((i) => i.message))]}
      />
      <form method="get" action="/admin/shops" role="search" className="mb-4 flex flex-wrap gap-2">
        <label className="sr-only" htmlFor="shop-search">
          {t.shopSearchLabel}
        </label>
        <input
          id="shop-search"
          name="q"
          type="search"
          defaultValue={input.q ?? ""}
          maxLength={100}
          placeholder={t.shopSearchPlaceholder}
          className="block min-h-12 w-full min-w-0 flex-1 basis-48 rounded-lg border border-stone-400 bg-white px-3 text-lg"
        />
        <label className="sr-only" htmlFor="shop-state">
          {t.stateLabel}
        </label>
        <select
          id="shop-state"
          name="trang-thai"
          defaultValue={input.state}
          className="min-h-12 rounded-lg border border-stone-400 bg-white px-3 text-base"
        >
          {SHOP_STATES.map((s) => (
            <option key={s} value={s}>
              {t.states[s]}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="min-h-12 shrink-0 rounded-lg bg-green-700 px-5 text-lg font-semibold text-white"
        >
          {t.search}
        </button>
      </form>
      {shops.items.length === 0 ? (
        <EmptyState>{t.noShops}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {shops.items.map((s) => (
            <li key={s.id} className="rounded-xl border border-stone-200 bg-white p-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="min-w-0 text-lg font-semibold break-words">{s.name}</p>
                <span
                  className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${
                    s.active ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"
                  }`}
                >
                  {s.active ? t.activeBadge : t.suspendedBadge}
                </span>
              </div>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
                <dt className="text-stone-600">{t.owner}</dt>
                <dd className="break-words">
                  {s.ownerName}
                  {s.ownerPhone && ` · ${formatVnPhone(s.ownerPhone)}`}
                </dd>
                <dt className="text-stone-600">{t.province}</dt>
                <dd>{s.provinceName}</dd>
                <dt className="text-stone-600">{t.listings}</dt>
                <dd>{s.approvedListings}</dd>
              </dl>
              {!s.active && (
                <div className="mt-2 rounded-lg border border-red-200 bg-red-50 p-2 text-base text-red-900">
                  {s.suspendedAt && (
                    <p className="font-semibold">{t.suspendedSince(formatDateTimeVn(s.suspendedAt))}</p>
                  )}
                  {s.suspendReason && (
                    <p className="break-words">
                      {t.suspendReason}: {s.suspendReason}
                    </p>
                  )}
                </div>
              )}
              {s.active ? (
                <Disclosure summary={t.suspend} danger>
                  <ReasonForm
                    action={suspendShopAction}
                    id={`suspend-${s.id}`}
                    hidden={{ shopId: s.id }}
                    back={here}
                    warning={t.suspendWarning}
                    submit={t.suspend}
                    danger
                    t={t}
                  />
                </Disclosure>
              ) : (
                <Disclosure summary={t.reinstate}>
                  <ReasonForm
                    action={reinstateShopAction}
                    id={`reinstate-${s.id}`}
                    hidden={{ shopId: s.id }}
                    back={here}
                    submit={t.reinstate}
                    t={t}
                  />
                </Disclosure>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={shops.page}
        pageSize={shops.pageSize}
        total={shops.total}
        href={(page) => withParams("/admin/shops", query(page))}
      />
    </div>
  );
}
