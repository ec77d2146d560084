import type { Locale } from "@cho-phien/ui/locale";
import { farmOrderStatusLabel, orderStatusLabel } from "@cho-phien/validators/order-status-labels";
import type { TSellerStep } from "@cho-phien/validators/orders";
import { ACTIVE_ORDER_STATUSES, ZOrderCode } from "@cho-phien/validators/orders";
import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { getCaller } from "~/server/caller";
import { param, type SearchParams } from "~/server/search-params";
import { type ListParams, listHref, parseListParams, type StatusFilter } from "./list-params";
import { sellerOrdersMessages } from "./messages";
import { OrderCard } from "./order-card";
import { OUTCOMES, type Outcome, outcomeMessage } from "./outcome";

/** The filter tabs, the farm's to-do first. Completed and refunded orders stay under "Tất cả". */
function tabs(locale: Locale): { filter: StatusFilter; label: string }[] {
  const t = sellerOrdersMessages(locale);
  const farm = (s: "placed" | "accepted" | "packed" | "shipped" | "delivered" | "cancelled") => ({
    filter: s,
    label: farmOrderStatusLabel(s, locale),
  });
  return [
    { filter: "active", label: t.activeTab },
    farm("placed"),
    farm("accepted"),
    farm("packed"),
    farm("shipped"),
    farm("delivered"),
    { filter: "pending_payment", label: orderStatusLabel("pending_payment", locale) },
    farm("cancelled"),
    { filter: "all", label: t.allTab },
  ];
}

const SELLER_STEPS: readonly string[] = ["accepted", "packed", "shipped", "delivered"];

/**
 * /seller/orders: the farm's orders on a phone — buyer, address, items, totals, payment, and one big button
 * for the next step. Server-rendered with plain form posts, so it works without JavaScript.
 */
export async function SellerOrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const [caller, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = sellerOrdersMessages(locale);
  const { params, input, errors } = parseListParams(searchParams);
  const [shops, orders] = await Promise.all([caller.shops.mine(), caller.orders.forSeller(input)]);
  const notice = readOutcome(searchParams, locale);
  const activeCount = ACTIVE_ORDER_STATUSES.reduce((s, st) => s + (orders.counts[st] ?? 0), 0);
  const allCount = Object.values(orders.counts).reduce((s, n) => s + (n ?? 0), 0);
  const countOf = (f: StatusFilter) =>
    f === "active" ? activeCount : f === "all" ? allCount : (orders.counts[f] ?? 0);
  const link = (over: Partial<ListParams>) => listHref({ ...params, page: 1, ...over });
  const chip = (active: boolean) =>
    `flex min-h-12 items-center gap-1 rounded-full border px-4 text-base whitespace-nowrap ${
      active
        ? "border-green-700 bg-green-700 font-semibold text-white"
        : "border-stone-300 bg-white hover:bg-stone-100"
    }`;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        actions={
          <Link
            href="/seller"
            className="flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-4 text-base font-medium"
          >
            {t.backToProducts}
          </Link>
        }
      />
      {notice && (
        <p
          role={notice.ok ? "status" : "alert"}
          className={`mb-4 rounded-lg border p-3 text-base ${
            notice.ok
              ? "border-green-300 bg-green-50 text-green-900"
              : "border-amber-300 bg-amber-50 text-amber-900"
          }`}
        >
          {notice.text}
        </p>
      )}
      <InputErrors messages={errors} />

      {shops.length > 1 && (
        <nav className="mb-2 flex gap-2 overflow-x-auto pb-1" aria-label={t.shopFilter}>
          <Link href={link({ shop: undefined })} className={chip(!params.shop)}>
            {t.allShops}
          </Link>
          {shops.map((s) => (
            <Link key={s.id} href={link({ shop: s.id })} className={chip(params.shop === s.id)}>
              {s.name}
            </Link>
          ))}
        </nav>
      )}
      <nav className="mb-4 flex gap-2 overflow-x-auto pb-1" aria-label={t.statusFilter}>
        {tabs(locale).map((tab) => (
          <Link
            key={tab.filter}
            href={link({ status: tab.filter })}
            className={chip(params.status === tab.filter)}
            aria-current={params.status === tab.filter ? "page" : undefined}
          >
            {tab.label}
            <span className="font-normal">({countOf(tab.filter)})</span>
          </Link>
        ))}
      </nav>

      {shops.length === 0 ? (
        <EmptyState>{t.noShop}</EmptyState>
      ) : orders.items.length === 0 ? (
        <EmptyState>{params.status === "active" ? t.noActiveOrders : t.noOrders}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {orders.items.map((o) => (
            <li key={o.code}>
              <OrderCard order={o} showShop={shops.length > 1} list={params} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={orders.page}
        pageSize={orders.pageSize}
        total={orders.total}
        href={(page) => listHref({ ...params, page })}
      />
    </div>
  );
}

/** The result of the last step button, from fixed words in the URL (see ./outcome). */
function readOutcome(sp: SearchParams, locale: Locale) {
  const outcome = param(sp, "ket-qua");
  if (!outcome || !(OUTCOMES as readonly string[]).includes(outcome)) return null;
  const code = ZOrderCode.safeParse(param(sp, "ma"));
  const step = param(sp, "buoc");
  return outcomeMessage(
    outcome as Outcome,
    code.success ? code.data : "",
    step && SELLER_STEPS.includes(step) ? (step as TSellerStep) : undefined,
    locale,
  );
}
