import { formatVnd } from "@cho-phien/validators/money";
import { ACTIVE_ORDER_STATUSES } from "@cho-phien/validators/orders";
import { LOW_STOCK_THRESHOLD } from "@cho-phien/validators/overview";
import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale } from "~/i18n/get-locale";
import type { ShopOverview as Overview } from "~/server/api-types";
import { withParams } from "~/server/search-params";
import { type OverviewMessages, overviewMessages } from "./messages";
import { RevenueChart } from "./revenue-chart";

const CARD = "rounded-xl border border-stone-200 bg-white p-4";
const LINK_BUTTON =
  "flex min-h-12 items-center justify-center rounded-lg border border-green-700 px-4 text-base font-semibold text-green-800 hover:bg-green-50";

function Card({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={CARD}>
      <h3 id={id} className="text-lg font-bold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * The seller's overview of the shop they are working for: today's orders and the to-do, revenue of the last
 * 30 days as a chart, cash on delivery expected vs collected, best sellers, and the listings to look at.
 * Every figure comes from overview.forShop (definitions in docs/seller-overview.md); server-rendered, plain
 * links, readable on a 360 px phone.
 */
export async function ShopOverview({ overview }: { overview: Overview }) {
  return <ShopOverviewView overview={overview} t={overviewMessages(await getLocale())} />;
}

/** The overview drawn in one language (no request state: renders anywhere). */
export function ShopOverviewView({ overview: o, t }: { overview: Overview; t: OverviewMessages }) {
  const ordersHref = withParams("/seller/orders", { shop: o.shop.id });
  const waitingParts = ACTIVE_ORDER_STATUSES.filter((s) => o.waiting.byStatus[s] > 0).map(
    (s) => `${o.waiting.byStatus[s]} ${t.waitingStatus[s]}`,
  );
  const attention = o.lowStock.total + o.awaitingReview.total + o.needsChanges.total;

  return (
    <section aria-labelledby="overview-heading" className="mb-6">
      <h2 id="overview-heading" className="mb-3 text-xl font-bold">
        {t.heading}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <Card title={t.today} id="ov-today">
          <dl className="mt-2 grid grid-cols-2 gap-3">
            {/* The number reads first on screen; the term stays first in the markup, as <dl> wants. */}
            <div className="flex flex-col-reverse">
              <dt className="text-base text-stone-700">{t.newOrdersToday}</dt>
              <dd className="text-3xl font-bold text-green-900">{o.newOrdersToday}</dd>
            </div>
            <div className="flex flex-col-reverse">
              <dt className="text-base text-stone-700">{t.waiting}</dt>
              <dd
                className={`text-3xl font-bold ${o.waiting.total > 0 ? "text-amber-800" : "text-stone-800"}`}
              >
                {o.waiting.total}
              </dd>
            </div>
          </dl>
          {waitingParts.length > 0 && (
            <p className="mt-2 text-base text-stone-700">{waitingParts.join(" · ")}</p>
          )}
          <p className="mt-3">
            <Link href={ordersHref} className={LINK_BUTTON}>
              {t.seeOrders}
            </Link>
          </p>
        </Card>

        <Card title={t.codHeading} id="ov-cod">
          <dl className="mt-2 grid grid-cols-2 gap-3">
            <div className="min-w-0">
              <dt className="text-base text-stone-700">{t.codExpected}</dt>
              <dd className="text-lg font-bold break-words text-amber-800 sm:text-xl">
                {formatVnd(o.cod.expectedVnd)}
              </dd>
              <dd className="text-sm text-stone-600">{t.orders(o.cod.expectedOrders)}</dd>
            </div>
            <div className="min-w-0">
              <dt className="text-base text-stone-700">{t.codCollected}</dt>
              <dd className="text-lg font-bold break-words text-green-900 sm:text-xl">
                {formatVnd(o.cod.collectedVnd)}
              </dd>
              <dd className="text-sm text-stone-600">{t.orders(o.cod.collectedOrders)}</dd>
            </div>
          </dl>
          <p className="mt-2 text-sm text-stone-600">{t.codNote(o.days)}</p>
        </Card>

        <div className="sm:col-span-2">
          <Card title={t.revenueHeading(o.days)} id="ov-revenue">
            <p className="mt-1">
              <span className="text-3xl font-bold text-green-900">{formatVnd(o.revenue.totalVnd)}</span>{" "}
              <span className="text-base text-stone-700">· {t.orders(o.revenue.orders)}</span>
            </p>
            <p className="mt-1 text-sm text-stone-600">{t.revenueNote}</p>
            <RevenueChart daily={o.revenue.daily} id="ov-chart" t={t} />
          </Card>
        </div>

        <Card title={t.bestSellersHeading} id="ov-best">
          {o.bestSellers.length === 0 ? (
            <p className="mt-2 text-base text-stone-600">{t.bestSellersNone}</p>
          ) : (
            <ol className="mt-2 divide-y divide-stone-100">
              {o.bestSellers.map((b, i) => (
                <li key={b.productId} className="flex items-baseline gap-2 py-2 text-base">
                  <span aria-hidden="true" className="w-5 shrink-0 font-bold text-stone-500">
                    {i + 1}.
                  </span>
                  <span className="min-w-0 flex-1 break-words">{b.title}</span>
                  <span className="shrink-0 text-right">
                    <span className="block font-semibold">{t.sold(b.quantity, b.unit)}</span>
                    <span className="block text-sm text-stone-600">{formatVnd(b.revenueVnd)}</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Card>

        <Card title={t.attentionHeading} id="ov-attention">
          {attention === 0 ? (
            <p className="mt-2 text-base text-stone-600">{t.allClear}</p>
          ) : (
            <ListingGroups overview={o} t={t} />
          )}
        </Card>
      </div>
    </section>
  );
}

/** Low stock, waiting for review, sent back: each listing a link to its edit page. */
function ListingGroups({ overview: o, t }: { overview: Overview; t: OverviewMessages }) {
  const item = (id: string, title: string, aside: ReactNode, note?: ReactNode) => (
    <li key={id}>
      <Link
        href={`/seller/listings/${id}`}
        className="flex min-h-12 flex-wrap items-center justify-between gap-x-2 py-1 text-base hover:bg-stone-50"
      >
        <span className="min-w-0 break-words font-medium text-green-900 underline">{title}</span>
        <span className="shrink-0 text-stone-700">{aside}</span>
        {note && <span className="w-full text-sm text-amber-900">{note}</span>}
      </Link>
    </li>
  );
  const more = (total: number, shown: number) =>
    total > shown ? <p className="text-sm text-stone-600">{t.more(total - shown)}</p> : null;
  return (
    <div className="mt-1 space-y-3">
      {o.lowStock.total > 0 && (
        <div>
          <h4 className="font-semibold text-red-900">
            {t.lowStockHeading} ({o.lowStock.total})
          </h4>
          <p className="text-sm text-stone-600">{t.lowStockNote(LOW_STOCK_THRESHOLD)}</p>
          <ul className="divide-y divide-stone-100">
            {o.lowStock.items.map((p) =>
              item(
                p.id,
                p.title,
                <span className={p.stock === 0 ? "font-semibold text-red-800" : ""}>
                  {t.left(p.stock, p.unit)}
                </span>,
              ),
            )}
          </ul>
          {more(o.lowStock.total, o.lowStock.items.length)}
        </div>
      )}
      {o.awaitingReview.total > 0 && (
        <div>
          <h4 className="font-semibold">
            {t.awaitingHeading} ({o.awaitingReview.total})
          </h4>
          <ul className="divide-y divide-stone-100">
            {o.awaitingReview.items.map((p) => item(p.id, p.title, p.revision ? t.awaitingRevision : null))}
          </ul>
          {more(o.awaitingReview.total, o.awaitingReview.items.length)}
        </div>
      )}
      {o.needsChanges.total > 0 && (
        <div>
          <h4 className="font-semibold text-amber-900">
            {t.needsChangesHeading} ({o.needsChanges.total})
          </h4>
          <ul className="divide-y divide-stone-100">
            {o.needsChanges.items.map((p) =>
              item(p.id, p.title, t.fix, `${t.reviewerNote} ${p.reviewNote ?? t.noNote}`),
            )}
          </ul>
          {more(o.needsChanges.total, o.needsChanges.items.length)}
        </div>
      )}
    </div>
  );
}
