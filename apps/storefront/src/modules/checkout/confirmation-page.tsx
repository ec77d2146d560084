import { isTrpcError } from "@cho-phien/ui/trpc-errors";
import { formatAddressLine } from "@cho-phien/validators/address";
import { ZCheckoutCode } from "@cho-phien/validators/checkout";
import { formatShortDateTimeVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { formatVnPhone } from "@cho-phien/validators/phone";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getI18n } from "~/i18n/get-i18n";
import { type CheckoutMessages, checkoutMessages } from "~/modules/cart/messages";
import { FlashBanner } from "~/modules/common/flash-banner";
import type { CheckoutOrderView, CheckoutView } from "~/server/api-types";
import { getCaller } from "~/server/caller";
import { scriptNonce } from "~/server/script-nonce";
import { BUYER_PHONE_COOKIE } from "./buyer-phone-cookie";
import { CLEAR_DRAFT_SCRIPT } from "./draft-script";
import { VietQrImage } from "./vietqr-image";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateConfirmationMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Đơn ${(await params).code.slice(0, 20)}`, robots: { index: false } };
}

const card = "rounded-xl border border-stone-200 bg-white p-3";

/**
 * /checkout/[code]: one card per farm order with its code, status, shipment and totals, and how to pay —
 * the VietQR code for a transfer, the Stripe button for a card. Open to the buyer's account, or to a guest
 * holding the phone it was placed with (cookie set at checkout, or asked for here).
 */
export async function ConfirmationPage({ params, searchParams }: Props) {
  const [{ code: rawCode }, { f }, { locale }, api, jar] = await Promise.all([
    params,
    searchParams,
    getI18n(),
    getCaller(),
    cookies(),
  ]);
  const t = checkoutMessages(locale);
  const parsed = ZCheckoutCode.safeParse(rawCode);
  if (!parsed.success) notFound();
  const code = parsed.data;
  const phone = jar.get(BUYER_PHONE_COOKIE)?.value;

  let view: CheckoutView;
  try {
    view = await api.checkout.byCode({ code, phone: phone ? decodeURIComponent(phone) : undefined });
  } catch (e) {
    if (isTrpcError(e, "NOT_FOUND") || isTrpcError(e, "BAD_REQUEST"))
      return <Lookup code={code} t={t} flashId={f} failed={Boolean(phone)} />;
    throw e;
  }

  const justPlaced = Date.now() - view.createdAt.getTime() < 30 * 60_000;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <script nonce={await scriptNonce()} dangerouslySetInnerHTML={{ __html: CLEAR_DRAFT_SCRIPT }} />
      <FlashBanner id={f} />
      <div className="space-y-1">
        {justPlaced ? <h1 className="text-2xl font-bold text-brand-700">{t.orderPlaced}</h1> : null}
        <p className={justPlaced ? "text-lg" : "text-2xl font-bold"}>
          {t.checkoutCode}: <span className="font-mono font-bold tracking-wide">{view.code}</span>
        </p>
        <p className="text-stone-700">{t.ordersPerFarm(view.orders.length)}</p>
      </div>

      <PaymentPanel view={view} t={t} />

      {view.orders.map((o) => (
        <OrderCard key={o.code} order={o} t={t} cod={view.paymentMethod === "cod"} />
      ))}

      <section className={`${card} space-y-1`}>
        <h2 className="font-bold">{t.deliverTo}</h2>
        <p>
          {view.address.recipientName} · {formatVnPhone(view.address.phone)}
        </p>
        <p className="text-stone-700">{formatAddressLine(view.address)}</p>
      </section>

      <section className={`${card} space-y-1`}>
        <p className="flex justify-between">
          <span>{t.itemsTotal}</span>
          <span>{formatVnd(view.itemsTotalVnd)}</span>
        </p>
        <p className="flex justify-between">
          <span>{t.shippingTotal}</span>
          <span>{formatVnd(view.shippingVnd)}</span>
        </p>
        <p className="flex justify-between text-lg font-bold">
          <span>{t.grandTotal}</span>
          <span>{formatVnd(view.totalVnd)}</span>
        </p>
      </section>
      <Link href="/" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
        {t.continueShopping}
      </Link>
    </div>
  );
}

function PaymentPanel({ view, t }: { view: CheckoutView; t: CheckoutMessages }) {
  const p = view.payment;
  if (!p) return null;
  const until = view.expiresAt ? formatShortDateTimeVn(view.expiresAt) : null;
  if (p.status !== "pending") {
    return (
      <p role="status" className={`${card} font-semibold`}>
        {t.paymentStatus[p.status]}
      </p>
    );
  }
  if (p.method === "cod") {
    return <p className={`${card} bg-brand-50`}>{t.codSummary(formatVnd(p.amountVnd))}</p>;
  }
  if (p.method === "vietqr") {
    if (!p.qrPayload) return <p className={`${card} text-red-800`}>{t.paymentNotStarted}</p>;
    const bank = p.bankAccount;
    return (
      <section aria-labelledby="vietqr" className={`${card} space-y-3`}>
        <h2 id="vietqr" className="text-lg font-bold">
          {t.payByTransfer}
        </h2>
        <p>{t.scanQr}</p>
        <VietQrImage payload={p.qrPayload} label={t.qrAlt(formatVnd(p.amountVnd))} />
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-stone-600">{t.bankAccount}</dt>
          <dd className="font-medium">{bank ? `${bank.accountName} · ${bank.accountNo}` : "—"}</dd>
          <dt className="text-stone-600">{t.amount}</dt>
          <dd className="font-bold">{formatVnd(p.amountVnd)}</dd>
          <dt className="text-stone-600">{t.transferNote}</dt>
          <dd className="font-mono font-bold">{p.providerRef}</dd>
        </dl>
        <p className="text-sm text-stone-700">{t.waitingForTransfer}</p>
        {until ? <p className="text-sm font-medium text-amber-800">{t.payBefore(until)}</p> : null}
      </section>
    );
  }
  if (!p.redirectUrl) return <p className={`${card} text-red-800`}>{t.paymentNotStarted}</p>;
  return (
    <section className={`${card} space-y-2`}>
      <a
        href={p.redirectUrl}
        rel="noopener"
        className="flex h-14 items-center justify-center rounded-xl bg-brand-700 text-lg font-bold text-white hover:bg-brand-800"
      >
        {t.payByCard} · {formatVnd(p.amountVnd)}
      </a>
      {until ? <p className="text-sm text-stone-700">{t.payByCardBefore(until)}</p> : null}
    </section>
  );
}

function OrderCard({ order: o, t, cod }: { order: CheckoutOrderView; t: CheckoutMessages; cod: boolean }) {
  const s = o.shipment;
  return (
    <section aria-labelledby={`order-${o.code}`} className={`${card} space-y-2`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`order-${o.code}`} className="font-bold">
          {o.shop.name}
        </h2>
        <span className="rounded-full bg-stone-100 px-2 py-0.5 text-sm font-medium">
          {t.orderStatus[o.status]}
        </span>
      </div>
      <p className="text-sm">
        {t.orderCode}: <span className="font-mono font-semibold">{o.code}</span>
      </p>
      <ul className="space-y-1 text-sm">
        {o.items.map((i) => (
          <li key={i.productId} className="flex justify-between gap-2">
            <span>
              {i.title} × {i.quantity} {i.unit}
            </span>
            <span className="shrink-0">{formatVnd(i.lineVnd)}</span>
          </li>
        ))}
      </ul>
      {s ? (
        <p className="text-sm text-stone-700">
          {t.carrier}: {s.carrierName} · {s.feeVnd === 0 ? t.free : formatVnd(s.feeVnd)} ·{" "}
          {t.estimated(s.estimatedDays)}
        </p>
      ) : null}
      <p className="flex justify-between border-t border-stone-100 pt-2 font-semibold">
        <span>{t.grandTotal}</span>
        <span>{formatVnd(o.totalVnd)}</span>
      </p>
      {cod && s ? (
        <p className="text-sm font-medium text-brand-800">{t.codCollect(formatVnd(s.codAmountVnd))}</p>
      ) : null}
      <Link
        href={`/orders/${o.code}`}
        prefetch={false}
        className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline"
      >
        {t.trackOrder}
      </Link>
    </section>
  );
}

/** Code + phone, for a guest on another device or after the cookie expired. Same answer for any wrong pair. */
function Lookup({
  code,
  t,
  flashId,
  failed,
}: {
  code: string;
  t: CheckoutMessages;
  flashId: string | string[] | undefined;
  failed: boolean;
}) {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t.lookupTitle}</h1>
      <FlashBanner id={flashId} />
      {failed ? (
        <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3 text-red-800">
          {t.notFound}
        </p>
      ) : null}
      <form method="post" action="/checkout/actions" className={`${card} space-y-3`}>
        <input type="hidden" name="intent" value="lookup" />
        <input type="hidden" name="code" value={code} />
        <p>
          {t.checkoutCode}: <span className="font-mono font-bold">{code}</span>
        </p>
        <label className="block space-y-1 font-medium">
          <span>{t.phone}</span>
          <input
            name="phone"
            type="tel"
            required
            maxLength={20}
            inputMode="tel"
            autoComplete="tel"
            className="h-12 w-full rounded-xl border border-stone-300 px-3 text-base"
          />
          <span className="block text-sm font-normal text-stone-600">{t.lookupHint}</span>
        </label>
        <button type="submit" className="h-12 w-full rounded-xl bg-brand-700 font-semibold text-white">
          {t.lookupButton}
        </button>
      </form>
    </div>
  );
}
