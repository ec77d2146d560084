import { formatVnd } from "@cho-phien/validators/money";
import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "~/i18n/get-i18n";
import { CART_THUMB_SIZES, productPhoto } from "~/modules/catalog/product-image";
import { FlashBanner } from "~/modules/common/flash-banner";
import type { CartLine } from "~/server/api-types";
import { getCaller } from "~/server/caller";
import { type CheckoutMessages, checkoutMessages } from "./messages";

export const cartMetadata: Metadata = { title: "Giỏ hàng", robots: { index: false } };

const stepButton =
  "inline-flex h-11 w-11 items-center justify-center rounded-lg border border-stone-300 bg-white text-xl font-bold text-stone-800 hover:bg-stone-100 disabled:opacity-40";

/** /cart: lines grouped by farm, +/− and remove as small forms, per-farm subtotal, then on to checkout. */
export async function CartPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ f }, { locale }, api] = await Promise.all([searchParams, getI18n(), getCaller()]);
  const t = checkoutMessages(locale);
  const cart = await api.cart.get();

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t.cartTitle}</h1>
      <FlashBanner id={f} />
      {cart.groups.length === 0 ? (
        <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
          <p>{t.cartEmpty}</p>
          <Link href="/" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t.continueShopping}
          </Link>
        </div>
      ) : (
        <>
          {cart.groups.map((g) => (
            <section
              key={g.shop.id}
              aria-labelledby={`farm-${g.shop.id}`}
              className="rounded-xl border border-stone-200 bg-white"
            >
              <h2 id={`farm-${g.shop.id}`} className="border-b border-stone-200 px-3 py-2 font-semibold">
                <span className="text-sm font-normal text-stone-600">{t.fromFarm}: </span>
                <Link href={`/shop/${g.shop.slug}`} className="text-brand-700 underline">
                  {g.shop.name}
                </Link>
              </h2>
              <ul className="divide-y divide-stone-100">
                {g.lines.map((l) => (
                  <CartLineItem key={l.productId} line={l} t={t} />
                ))}
              </ul>
              <p className="flex justify-between border-t border-stone-200 px-3 py-2">
                <span>{t.farmSubtotal}</span>
                <span className="font-semibold">{formatVnd(g.subtotalVnd)}</span>
              </p>
            </section>
          ))}
          <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-3">
            <p className="flex justify-between text-lg">
              <span>{t.subtotal}</span>
              <span className="font-bold">{formatVnd(cart.subtotalVnd)}</span>
            </p>
            {cart.hasProblems ? (
              <p role="alert" className="font-medium text-red-800">
                {t.fixCartFirst}
              </p>
            ) : (
              <Link
                href="/checkout"
                prefetch={false}
                className="flex h-12 items-center justify-center rounded-xl bg-brand-700 text-lg font-semibold text-white hover:bg-brand-800"
              >
                {t.toCheckout}
              </Link>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function CartLineItem({ line: l, t }: { line: CartLine; t: CheckoutMessages }) {
  const problem =
    l.problem === "OVER_LIMIT"
      ? t.problem.OVER_LIMIT(l.maxQuantity, l.unit)
      : l.problem
        ? t.problem[l.problem]
        : null;
  const canChange = l.problem !== "UNAVAILABLE" && l.problem !== "SOLD_OUT";
  return (
    <li className="flex gap-3 p-3">
      <img
        {...productPhoto(l.slug, l.image, CART_THUMB_SIZES)}
        alt=""
        loading="lazy"
        className="h-[4.5rem] w-24 shrink-0 rounded-lg bg-stone-100 object-cover"
      />
      <div className="min-w-0 flex-1 space-y-1">
        <Link href={`/p/${l.slug}`} className="line-clamp-2 font-medium underline-offset-2 hover:underline">
          {l.title}
        </Link>
        <p className="text-sm">
          <span className="font-semibold text-brand-700">{formatVnd(l.priceVnd)}</span>
          <span className="text-stone-600"> / {l.unit}</span>
          {l.priceChanged ? (
            <span className="ml-1 block text-amber-800">{t.priceChanged(formatVnd(l.priceSeenVnd))}</span>
          ) : null}
        </p>
        {problem ? (
          <p role="alert" className="text-sm font-medium text-red-800">
            {problem}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          {canChange ? (
            <>
              <QuantityButton line={l} to={l.quantity - 1} label={t.decrease(l.title)} text="−" />
              <output
                aria-label={t.quantityOf(l.title)}
                className="min-w-8 text-center text-lg font-semibold"
              >
                {l.quantity}
              </output>
              <QuantityButton line={l} to={l.quantity + 1} label={t.increase(l.title)} text="+" />
            </>
          ) : null}
          <form method="post" action="/cart/actions">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="productId" value={l.productId} />
            <button
              type="submit"
              aria-label={t.removeItem(l.title)}
              className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-red-800 underline"
            >
              {t.remove}
            </button>
          </form>
          <span className="ml-auto font-semibold">{formatVnd(l.lineVnd)}</span>
        </div>
      </div>
    </li>
  );
}

/** −/+ as their own tiny forms; − at 1 and + at the limit are disabled (the server checks anyway). */
function QuantityButton({
  line,
  to,
  label,
  text,
}: {
  line: CartLine;
  to: number;
  label: string;
  text: string;
}) {
  const disabled = to < 1 || (to > line.maxQuantity && to > line.quantity);
  return (
    <form method="post" action="/cart/actions">
      <input type="hidden" name="intent" value="set" />
      <input type="hidden" name="productId" value={line.productId} />
      <input type="hidden" name="quantity" value={Math.max(1, Math.min(to, Math.max(line.maxQuantity, 1)))} />
      <button type="submit" aria-label={label} disabled={disabled} className={stepButton}>
        {text}
      </button>
    </form>
  );
}
