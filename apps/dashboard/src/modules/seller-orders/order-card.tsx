import type { Locale } from "@cho-phien/ui/locale";
import { formatDateTimeVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { formatVnPhone } from "@cho-phien/validators/phone";
import { PackingSlipLink } from "~/modules/packing-slip/packing-slip-link";
import type { MyOrder } from "~/server/api-types";
import { CashCollectedForm } from "./cash-collected-form";
import { DeclineForm } from "./decline-form";
import type { ListParams } from "./list-params";
import { type SellerOrdersMessages, sellerOrdersMessages } from "./messages";
import { NextStepForm } from "./next-step-form";
import { OrderStatusBadge } from "./order-status";

/** How the money comes in, in the words that matter to a farm: collect cash, or already paid. */
function PaymentLine({ order: o, t }: { order: MyOrder; t: SellerOrdersMessages }) {
  const p = o.payment;
  if (!p) return null;
  if (p.method === "cod") {
    return (
      <p className="rounded-lg bg-amber-50 p-2 text-base text-amber-900">
        {t.codBefore} <strong className="font-bold">{formatVnd(o.codAmountVnd)}</strong> {t.codAfter}
      </p>
    );
  }
  const how = p.method === "card" ? t.paidBy.card : t.paidBy.vietqr;
  if (p.status === "paid") {
    return <p className="rounded-lg bg-green-50 p-2 text-base text-green-900">{t.paid(how)}</p>;
  }
  if (p.status === "pending") {
    return <p className="rounded-lg bg-stone-100 p-2 text-base text-stone-800">{t.paymentPending(how)}</p>;
  }
  return <p className="rounded-lg bg-stone-100 p-2 text-base text-stone-800">{t.paymentFailed(how)}</p>;
}

/**
 * One order as a farm packs and ships it: who, where, what, how much, how it is paid, and the next step; the
 * packing slip to print, and, once a COD order is delivered, the cash the carrier handed over.
 */
export function OrderCard({
  order: o,
  showShop,
  list,
  locale,
}: {
  order: MyOrder;
  showShop: boolean;
  list: ListParams;
  locale: Locale;
}) {
  const t = sellerOrdersMessages(locale);
  const phone = o.address.phone;
  return (
    <article
      id={`don-${o.code}`}
      aria-labelledby={`ma-${o.code}`}
      className="scroll-mt-4 space-y-3 rounded-xl border border-stone-200 bg-white p-3"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`ma-${o.code}`} className="font-mono text-lg font-bold break-all">
            {o.code}
          </h3>
          <p className="text-sm text-stone-600">
            {formatDateTimeVn(o.createdAt)}
            {showShop ? ` · ${o.shop.name}` : ""}
          </p>
        </div>
        <OrderStatusBadge status={o.status} locale={locale} />
      </div>

      <section aria-label={t.recipient} className="space-y-1 text-base">
        <p>
          <span className="text-stone-600">{t.recipient}:</span> <strong>{o.address.recipientName}</strong>
        </p>
        <a
          href={`tel:${phone}`}
          className="inline-flex min-h-12 items-center gap-2 rounded-lg border border-green-700 px-3 font-semibold text-green-800"
        >
          <span aria-hidden="true">☎</span> {formatVnPhone(phone)}
        </a>
        {o.buyerPhone !== phone && (
          <p className="text-sm text-stone-600">{t.orderedBy(formatVnPhone(o.buyerPhone))}</p>
        )}
        <p>
          <span className="text-stone-600">{t.address}:</span> {o.address.line}
        </p>
      </section>

      <ul aria-label={t.items} className="divide-y divide-stone-100 text-base">
        {o.items.map((i) => (
          <li key={i.productId} className="flex justify-between gap-2 py-1">
            <span className="min-w-0 break-words">
              {i.title}{" "}
              <span className="font-semibold whitespace-nowrap">
                × {i.quantity} {i.unit}
              </span>
            </span>
            <span className="shrink-0">{formatVnd(i.lineVnd)}</span>
          </li>
        ))}
      </ul>

      <dl className="grid grid-cols-[1fr_auto] gap-x-3 text-base">
        <dt className="text-stone-600">{t.itemsTotal}</dt>
        <dd className="text-right">{formatVnd(o.itemsTotalVnd)}</dd>
        <dt className="text-stone-600">{t.shipping}</dt>
        <dd className="text-right">{formatVnd(o.shippingVnd)}</dd>
        <dt className="font-bold">{t.total}</dt>
        <dd className="text-right text-lg font-bold">{formatVnd(o.totalVnd)}</dd>
      </dl>

      <PaymentLine order={o} t={t} />
      <CashCollectedForm order={o} list={list} />

      {o.shipment && (
        <p className="text-base">
          <span className="text-stone-600">{t.carrier}:</span> {o.shipment.carrierName}
          {o.shipment.trackingCode && (
            <>
              {" "}
              · <span className="text-stone-600">{t.trackingCode}:</span>{" "}
              <span className="font-mono font-semibold">{o.shipment.trackingCode}</span>
            </>
          )}
        </p>
      )}

      <p>
        <PackingSlipLink code={o.code} />
      </p>

      <NextStepForm order={o} list={list} t={t} />
      <DeclineForm order={o} list={list} t={t} />
    </article>
  );
}
