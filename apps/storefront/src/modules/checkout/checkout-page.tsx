import { randomUUID } from "node:crypto";
import { ADDRESS_LIMITS, formatAddressLine } from "@cho-phien/validators/address";
import { PAYMENT_METHOD_LABEL_VI, type TPaymentMethod } from "@cho-phien/validators/checkout";
import { formatVnd } from "@cho-phien/validators/money";
import { formatVnPhone } from "@cho-phien/validators/phone";
import { provinceByCode } from "@cho-phien/validators/provinces";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getI18n } from "~/i18n/get-i18n";
import { type CheckoutMessages, checkoutMessages } from "~/modules/cart/messages";
import { FlashBanner } from "~/modules/common/flash-banner";
import type { CartGroup, QuoteGroup, SavedAddress } from "~/server/api-types";
import { getCaller, getCurrentUser } from "~/server/caller";
import { scriptNonce } from "~/server/script-nonce";
import {
  type CheckoutDraft,
  DRAFT_COOKIE,
  draftFromSaved,
  EMPTY_DRAFT,
  readDraft,
  shippingKey,
} from "./checkout-draft";
import { CHECKOUT_DRAFT_SCRIPT } from "./draft-script";
import { checkoutAddressMessages } from "./messages";
import { WardPicker } from "./ward-picker";

export const checkoutMetadata: Metadata = { title: "Đặt hàng", robots: { index: false } };

const input = "h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-base";
const label = "block space-y-1 font-medium";
const card = "rounded-xl border border-stone-200 bg-white p-3";
const PAYMENT_LABEL_EN: Record<TPaymentMethod, string> = {
  cod: "Cash on delivery (COD)",
  vietqr: "Bank transfer by VietQR",
  card: "Card (Visa, Mastercard)",
};

/**
 * /checkout: address, shipping per farm, payment method, one "Đặt hàng" button. One server-rendered form
 * posting to /checkout/actions; its hidden fields carry what the buyer saw (lines with prices, the shipping
 * that was quoted) and an idempotency key minted for this render, so a double tap places one order.
 */
export async function CheckoutPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ f }, { locale }, api, user, jar] = await Promise.all([
    searchParams,
    getI18n(),
    getCaller(),
    getCurrentUser(),
    cookies(),
  ]);
  const t = checkoutMessages(locale);
  const m = checkoutAddressMessages(locale);
  const [cart, saved, methods] = await Promise.all([
    api.cart.get(),
    user ? api.checkout.addresses.list() : Promise.resolve([] as SavedAddress[]),
    api.checkout.paymentMethods(),
  ]);

  if (cart.groups.length === 0) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">{t.checkoutTitle}</h1>
        <FlashBanner id={f} />
        <div className={`${card} space-y-3`}>
          <p>{t.cartEmpty}</p>
          <Link href="/" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t.continueShopping}
          </Link>
        </div>
      </div>
    );
  }

  const draft = initialDraft(readDraft(jar.get(DRAFT_COOKIE)?.value), saved, user?.phoneNumber ?? null);
  const province = provinceByCode(draft.provinceCode) ? draft.provinceCode : "";
  const [quote, wards] = province
    ? await Promise.all([
        api.checkout.quote({
          provinceCode: province,
          carriers: Object.entries(draft.carriers)
            .filter(([shopId]) => cart.groups.some((g) => g.shop.id === shopId))
            .map(([shopId, carrier]) => ({ shopId, carrier: carrier as "ghn" })),
        }),
        // The chosen province's wards only, rendered as options: the country's list stays on the server.
        api.shops.wards({ provinceCode: province }),
      ])
    : [null, []];
  // A ward of the previous province (the buyer changed province) is no pick at all.
  const wardCode = wards.some((w) => w.code === draft.wardCode) ? draft.wardCode : "";
  const groups: (CartGroup | QuoteGroup)[] = quote?.groups ?? cart.groups;
  const chosen = Object.fromEntries(
    (quote?.groups ?? []).filter((g) => g.chosen).map((g) => [g.shop.id, g.chosen!.carrier]),
  );
  const quoted = quote ? shippingKey(province, chosen) : "";
  const payment = (methods as string[]).includes(draft.paymentMethod) ? draft.paymentMethod : "cod";
  const blocked = cart.hasProblems || (quote?.blocked ?? false);
  const itemsTotal = quote?.itemsTotalVnd ?? cart.subtotalVnd;

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t.checkoutTitle}</h1>
      <FlashBanner id={f} />
      {cart.hasProblems ? (
        <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3 text-red-800">
          {t.fixCartFirst}{" "}
          <Link href="/cart" className="font-semibold underline">
            {t.cartTitle}
          </Link>
        </p>
      ) : null}

      <form id="checkout-form" method="post" action="/checkout/actions" className="space-y-4">
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <input type="hidden" name="quoted" value={quoted} />
        {groups.flatMap((g) =>
          g.lines.map((l) => (
            <input
              key={l.productId}
              type="hidden"
              name="line"
              value={`${l.productId}:${l.quantity}:${l.priceVnd}`}
            />
          )),
        )}

        <section aria-labelledby="dia-chi" className={`${card} space-y-3`}>
          <h2 id="dia-chi" className="text-lg font-bold">
            {t.deliveryAddress}
          </h2>
          {saved.length ? <SavedAddresses saved={saved} t={t} /> : null}
          <label className={label}>
            <span>{t.recipientName}</span>
            <input
              name="recipientName"
              defaultValue={draft.recipientName}
              required
              maxLength={ADDRESS_LIMITS.recipientName}
              autoComplete="name"
              className={input}
            />
          </label>
          <label className={label}>
            <span>{t.phone}</span>
            <input
              name="phone"
              type="tel"
              defaultValue={draft.phone}
              required
              maxLength={20}
              inputMode="tel"
              autoComplete="tel"
              pattern="[\d\s.+()\-]{9,20}"
              aria-describedby="phone-hint"
              className={input}
            />
            <span id="phone-hint" className="block text-sm font-normal text-stone-600">
              {t.phoneHint}
            </span>
          </label>
          <WardPicker
            provinceCode={province}
            provinceName={provinceByCode(province)?.name ?? ""}
            wards={wards}
            wardCode={wardCode}
            savedWardText={draft.ward}
            t={t}
            m={m}
            inputClass={input}
          />
          <label className={label}>
            <span>{t.street}</span>
            <input
              name="street"
              defaultValue={draft.street}
              required
              maxLength={ADDRESS_LIMITS.street}
              autoComplete="address-line1"
              className={input}
            />
          </label>
          {user ? (
            <label className="flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                name="saveAddress"
                value="1"
                defaultChecked={draft.saveAddress}
                className="h-6 w-6"
              />
              <span>{t.saveAddress}</span>
            </label>
          ) : null}
          <button
            id="requote"
            type="submit"
            name="intent"
            value="quote"
            formNoValidate
            className="h-12 w-full rounded-xl border-2 border-brand-700 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t.updateShipping}
          </button>
        </section>

        <section id="giao-hang" aria-labelledby="giao-hang-title" className={`${card} space-y-3`}>
          <h2 id="giao-hang-title" className="text-lg font-bold">
            {t.shipping}
          </h2>
          <p className="text-sm text-stone-700">{quote ? t.oneParcelPerFarm : t.chooseProvinceForFees}</p>
          {groups.map((g) => (
            <FarmParcel key={g.shop.id} group={g} t={t} />
          ))}
        </section>

        <fieldset className={`${card} space-y-2`}>
          <legend className="px-1 text-lg font-bold">{t.payment}</legend>
          {(methods as TPaymentMethod[]).map((m) => (
            <label
              key={m}
              className="flex min-h-12 items-start gap-3 rounded-lg border border-stone-200 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="paymentMethod"
                value={m}
                defaultChecked={m === payment}
                className="mt-1 h-5 w-5"
              />
              <span>
                <span className="block font-semibold">
                  {locale === "en" ? PAYMENT_LABEL_EN[m] : PAYMENT_METHOD_LABEL_VI[m]}
                </span>
                <span className="block text-sm text-stone-600">{t.paymentHint[m]}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className={`${card} space-y-2`}>
          <p className="flex justify-between">
            <span>{t.itemsTotal}</span>
            <span>{formatVnd(itemsTotal)}</span>
          </p>
          <p className="flex justify-between">
            <span>{t.shippingTotal}</span>
            <span>{quote ? formatVnd(quote.shippingVnd) : "—"}</span>
          </p>
          <p className="flex justify-between text-lg font-bold">
            <span>{t.grandTotal}</span>
            <span>{formatVnd(quote?.totalVnd ?? itemsTotal)}</span>
          </p>
          <button
            type="submit"
            name="intent"
            value="place"
            disabled={blocked}
            className="h-14 w-full rounded-xl bg-brand-700 text-lg font-bold text-white hover:bg-brand-800 disabled:bg-stone-400"
          >
            {t.placeOrder}
          </button>
          <p className="text-sm text-stone-600">{t.placeOrderNote}</p>
        </div>
      </form>
      <script nonce={await scriptNonce()} dangerouslySetInnerHTML={{ __html: CHECKOUT_DRAFT_SCRIPT }} />
    </div>
  );
}

/** Saved addresses as buttons of the same form (nested forms are not allowed): pick one, or delete it. */
function SavedAddresses({ saved, t }: { saved: SavedAddress[]; t: CheckoutMessages }) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">{t.savedAddresses}</legend>
      <ul className="space-y-2">
        {saved.map((a) => (
          <li key={a.id} className="rounded-lg border border-stone-200 p-2 text-sm">
            <p className="font-semibold">
              {a.recipientName} · {formatVnPhone(a.phone)}
              {a.isDefault ? <span className="ml-2 text-xs text-brand-700">({t.defaultAddress})</span> : null}
            </p>
            <p className="text-stone-700">{formatAddressLine(a)}</p>
            <div className="mt-1 flex gap-2">
              <button
                type="submit"
                name="intent"
                value={`use-address:${a.id}`}
                formNoValidate
                className="min-h-11 rounded-lg bg-brand-700 px-3 font-semibold text-white"
              >
                {t.useThisAddress}
              </button>
              <button
                type="submit"
                name="intent"
                value={`delete-address:${a.id}`}
                formNoValidate
                className="min-h-11 rounded-lg px-3 text-red-800 underline"
              >
                {t.deleteAddress}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function FarmParcel({ group: g, t }: { group: CartGroup | QuoteGroup; t: CheckoutMessages }) {
  const q = "options" in g ? g : null;
  return (
    <div className="space-y-2 rounded-lg border border-stone-200 p-3">
      <h3 className="font-semibold">{g.shop.name}</h3>
      <ul className="space-y-1 text-sm">
        {g.lines.map((l) => (
          <li key={l.productId} className="flex justify-between gap-2">
            <span>
              {l.title} × {l.quantity}
              {l.priceChanged ? (
                <span className="block text-amber-800">{t.priceChanged(formatVnd(l.priceSeenVnd))}</span>
              ) : null}
            </span>
            <span className="shrink-0">{formatVnd(l.lineVnd)}</span>
          </li>
        ))}
      </ul>
      <p className="flex justify-between text-sm">
        <span>{t.farmSubtotal}</span>
        <span className="font-semibold">{formatVnd(g.subtotalVnd)}</span>
      </p>
      {g.shop.freeShippingThresholdVnd ? (
        <p className="text-sm text-brand-700">
          {t.freeShippingFrom(formatVnd(g.shop.freeShippingThresholdVnd))}
        </p>
      ) : null}
      {q && q.options.length === 0 ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {t.noCarrier}
        </p>
      ) : null}
      {q && q.options.length > 0 ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{t.carrierFor(g.shop.name)}</legend>
          {q.options.map((o) => (
            <label
              key={o.carrier}
              className="flex min-h-11 items-center gap-3 rounded-lg px-2 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name={`carrier:${g.shop.id}`}
                value={o.carrier}
                defaultChecked={o.carrier === q.chosen?.carrier}
                className="h-5 w-5"
              />
              <span className="flex-1">
                {o.carrierName}{" "}
                <span className="text-sm text-stone-600">
                  · {t.days(o.estimatedDaysMin, o.estimatedDaysMax)}
                </span>
              </span>
              <span className="font-semibold">{o.freeShipping ? t.free : formatVnd(o.feeVnd)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}

/** The form's starting values: the last posted draft, else the default saved address, else the account phone. */
function initialDraft(
  draft: CheckoutDraft | null,
  saved: SavedAddress[],
  accountPhone: string | null,
): CheckoutDraft {
  if (draft) return draft;
  const d = saved.find((a) => a.isDefault) ?? saved[0];
  if (d) {
    return { ...EMPTY_DRAFT, ...draftFromSaved(d), phone: formatVnPhone(d.phone) };
  }
  return { ...EMPTY_DRAFT, phone: accountPhone ? formatVnPhone(accountPhone) : "" };
}
