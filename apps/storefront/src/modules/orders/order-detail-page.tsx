import { isTrpcError } from "@cho-phien/ui/trpc-errors";
import { formatAddressLine } from "@cho-phien/validators/address";
import { formatDateTimeVn, formatDateVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { ZOrderCode } from "@cho-phien/validators/orders";
import { formatVnPhone } from "@cho-phien/validators/phone";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getI18n } from "~/i18n/get-i18n";
import { FlashBanner } from "~/modules/common/flash-banner";
import type { OrderDetail } from "~/server/api-types";
import { getCaller } from "~/server/caller";
import { OrderLookupForm } from "./lookup-form";
import { type OrdersMessages, ordersMessages } from "./messages";
import { guestPhone } from "./order-access-cookie";
import { Stars } from "./stars";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateOrderMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Đơn ${(await params).code.slice(0, 24)}`, robots: { index: false } };
}

const card = "rounded-xl border border-stone-200 bg-white p-3";

/**
 * /orders/[code]: where one farm's order is — status timeline, parcel (carrier, tracking code, expected
 * day), items and totals, cancel while the farm has not sent it, rate products once delivered. Open to the
 * buyer's account or to code + phone (cookie); anyone else gets the lookup form, same as a wrong code.
 */
export async function OrderDetailPage({ params, searchParams }: Props) {
  const [{ code: raw }, { f }, { locale }, api, phone] = await Promise.all([
    params,
    searchParams,
    getI18n(),
    getCaller(),
    guestPhone(),
  ]);
  const t = ordersMessages(locale);
  const parsed = ZOrderCode.safeParse(raw);
  if (!parsed.success) notFound();
  const code = parsed.data;

  let order: OrderDetail;
  try {
    order = await api.orders.byCode({ code, phone });
  } catch (e) {
    const throttled = isTrpcError(e, "TOO_MANY_REQUESTS");
    if (throttled || isTrpcError(e, "NOT_FOUND")) {
      return (
        <div className="mx-auto max-w-md space-y-4">
          <FlashBanner id={f} />
          <OrderLookupForm t={t} code={code} failed={Boolean(phone)} throttled={throttled} />
        </div>
      );
    }
    throw e;
  }

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <FlashBanner id={f} />
      <div className="space-y-1">
        <p className="text-sm text-stone-600">
          {t.orderCode}: <span className="font-mono font-semibold text-stone-900">{order.code}</span>
        </p>
        <h1 className="text-2xl font-bold">{t.status[order.status]}</h1>
        <p className="text-stone-700">
          {t.from}: <span className="font-medium">{order.shop.name}</span> · {t.orderedOn}{" "}
          {formatDateVn(order.createdAt)}
        </p>
        {order.refundNote ? (
          <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-900">
            {order.refundNote}
          </p>
        ) : null}
        {order.cancelReason && order.status === "cancelled" ? (
          <p className="text-sm text-stone-700">
            {t.cancelReasonShown}: {order.cancelReason}
          </p>
        ) : null}
      </div>

      <Timeline order={order} t={t} />
      <Shipment order={order} t={t} />
      <Items order={order} t={t} />
      <PaymentAndAddress order={order} t={t} />
      {order.canCancel ? <CancelForm order={order} t={t} /> : null}

      <Link
        href="/orders"
        className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
      >
        {t.backToOrders}
      </Link>
    </div>
  );
}

function Timeline({ order, t }: { order: OrderDetail; t: OrdersMessages }) {
  return (
    <section aria-labelledby="timeline" className={`${card} space-y-2`}>
      <h2 id="timeline" className="font-bold">
        {t.timeline}
      </h2>
      <ol className="space-y-2 border-l-2 border-brand-100 pl-4">
        {order.timeline.map((e, i) => (
          <li key={`${e.to}-${e.at.getTime()}-${i}`} className="relative">
            <span
              aria-hidden
              className={`absolute top-1.5 -left-[1.4rem] h-3 w-3 rounded-full ${
                i === order.timeline.length - 1 ? "bg-brand-700" : "bg-brand-100"
              }`}
            />
            <p className="font-medium">{t.status[e.to]}</p>
            <p className="text-sm text-stone-600">
              <time dateTime={e.at.toISOString()}>{formatDateTimeVn(e.at)}</time>
              {e.note ? ` · ${e.note}` : ""}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Shipment({ order, t }: { order: OrderDetail; t: OrdersMessages }) {
  const s = order.shipment;
  if (!s) return null;
  const showEta = !["delivered", "completed", "cancelled", "refunded"].includes(order.status);
  return (
    <section aria-labelledby="shipment" className={`${card} space-y-1`}>
      <h2 id="shipment" className="font-bold">
        {t.shipment}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600">{t.carrier}</dt>
        <dd className="font-medium">{s.carrierName}</dd>
        <dt className="text-stone-600">{t.tracking}</dt>
        <dd className={s.trackingCode ? "font-mono font-semibold" : "text-stone-600"}>
          {s.trackingCode ?? t.trackingPending}
        </dd>
        {showEta ? (
          <>
            <dt className="text-stone-600">{t.eta}</dt>
            <dd>
              {formatDateVn(s.eta)} ({t.etaDays(s.estimatedDays)})
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function Items({ order, t }: { order: OrderDetail; t: OrdersMessages }) {
  return (
    <section aria-labelledby="items" className={`${card} space-y-3`}>
      <h2 id="items" className="font-bold">
        {t.itemsTitle}
      </h2>
      <ul className="space-y-3">
        {order.items.map((i) => (
          <li key={i.productId} className="space-y-2">
            <p className="flex justify-between gap-2">
              <span>
                {i.title} × {i.quantity} {i.unit}
              </span>
              <span className="shrink-0">{formatVnd(i.lineVnd)}</span>
            </p>
            {i.myStars ? (
              <p className="text-sm text-stone-700">
                <Stars value={i.myStars} label={t.star(i.myStars)} /> {t.rated(i.myStars)}
              </p>
            ) : order.canRate ? (
              <RateForm orderCode={order.code} productId={i.productId} title={i.title} t={t} />
            ) : null}
          </li>
        ))}
      </ul>
      <div className="space-y-1 border-t border-stone-100 pt-2">
        <p className="flex justify-between">
          <span>{t.itemsTotal}</span>
          <span>{formatVnd(order.itemsTotalVnd)}</span>
        </p>
        <p className="flex justify-between">
          <span>{t.shippingFee}</span>
          <span>{formatVnd(order.shippingVnd)}</span>
        </p>
        <p className="flex justify-between text-lg font-bold">
          <span>{t.total}</span>
          <span>{formatVnd(order.totalVnd)}</span>
        </p>
      </div>
    </section>
  );
}

/** 1–5 stars as radio buttons (big tap targets) and an optional comment; one rating per product. */
function RateForm({
  orderCode,
  productId,
  title,
  t,
}: {
  orderCode: string;
  productId: string;
  title: string;
  t: OrdersMessages;
}) {
  return (
    <details className="rounded-lg bg-stone-50 p-2">
      <summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-700">
        {t.rateTitle}
      </summary>
      <form method="post" action="/orders/actions" className="space-y-2 pt-2">
        <input type="hidden" name="intent" value="rate" />
        <input type="hidden" name="code" value={orderCode} />
        <input type="hidden" name="productId" value={productId} />
        <fieldset>
          <legend className="text-sm font-medium">
            {t.rateStars} — {title}
          </legend>
          <div className="flex gap-1">
            {[1, 2, 3, 4, 5].map((n) => (
              <label
                key={n}
                className="flex h-11 min-w-11 cursor-pointer items-center justify-center rounded-lg border border-stone-300 bg-white px-2 has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50"
              >
                <input type="radio" name="stars" value={n} required className="sr-only" />
                <span aria-hidden className="text-amber-500">
                  {n}★
                </span>
                <span className="sr-only">{t.star(n)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="block space-y-1 text-sm font-medium">
          <span>{t.rateComment}</span>
          <textarea
            name="comment"
            maxLength={1000}
            rows={3}
            className="w-full rounded-lg border border-stone-300 p-2 text-base"
          />
        </label>
        <button
          type="submit"
          className="h-11 rounded-xl bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t.rateButton}
        </button>
      </form>
    </details>
  );
}

function PaymentAndAddress({ order, t }: { order: OrderDetail; t: OrdersMessages }) {
  const a = order.address as {
    recipientName?: string;
    phone?: string;
    street?: string;
    ward?: string;
    provinceCode?: string;
  };
  const p = order.payment;
  return (
    <section className={`${card} space-y-2 text-sm`}>
      {p ? (
        <p>
          <span className="font-bold">{t.payment}:</span> {t.method[p.method]}
          {/* Cash is "pending" until the courier collects it: nothing for the buyer to do, so say nothing. */}
          {p.method === "cod" && p.status === "pending" ? null : ` · ${t.paymentStatus[p.status]}`}
          {p.status === "pending" && p.method !== "cod" && order.status === "pending_payment" ? (
            <>
              {" · "}
              <Link
                href={`/checkout/${order.checkoutCode}`}
                className="font-semibold text-brand-700 underline"
              >
                {t.payNow}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      {a.street && a.ward && a.provinceCode ? (
        <div>
          <p className="font-bold">{t.deliverTo}</p>
          <p>
            {a.recipientName}
            {a.phone ? ` · ${formatVnPhone(a.phone)}` : ""}
          </p>
          <p className="text-stone-700">
            {formatAddressLine({ street: a.street, ward: a.ward, provinceCode: a.provinceCode })}
          </p>
        </div>
      ) : null}
    </section>
  );
}

function CancelForm({ order, t }: { order: OrderDetail; t: OrdersMessages }) {
  return (
    <details className={`${card}`}>
      <summary className="min-h-11 cursor-pointer content-center font-semibold text-red-800">
        {t.cancelTitle}
      </summary>
      <form method="post" action="/orders/actions" className="space-y-3 pt-2">
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name="code" value={order.code} />
        <p className="text-sm text-stone-700">{t.cancelIntro}</p>
        {order.cancelTakesAlong.length ? (
          <p className="rounded-lg bg-amber-50 p-2 text-sm font-medium text-amber-900">
            {t.cancelAlong(order.cancelTakesAlong.join(", "))}
          </p>
        ) : null}
        <label className="block space-y-1 text-sm font-medium">
          <span>{t.cancelReason}</span>
          <input
            name="reason"
            maxLength={300}
            className="h-11 w-full rounded-lg border border-stone-300 px-2 text-base"
          />
        </label>
        <button
          type="submit"
          className="h-12 w-full rounded-xl border-2 border-red-700 font-semibold text-red-800 hover:bg-red-50"
        >
          {t.cancelButton}
        </button>
      </form>
    </details>
  );
}
