import type { Locale } from "~/i18n/locale";
import { checkoutMessages } from "./messages";

const button =
  "h-12 flex-1 rounded-xl bg-brand-700 px-5 text-lg font-semibold text-white hover:bg-brand-800 disabled:bg-stone-400";

/**
 * "Thêm vào giỏ" on the product page: a plain form post (works without JavaScript), quantity within the
 * product's limit. The server re-checks everything; the limits here only help the buyer.
 */
export function AddToCartForm({
  product,
  locale,
}: {
  product: { id: string; slug: string; unit: string; stock: number; maxPerOrder: number };
  locale: Locale;
}) {
  const t = checkoutMessages(locale);
  const max = Math.min(product.stock, product.maxPerOrder);
  if (max <= 0) {
    return (
      <p className="rounded-xl bg-stone-100 p-3 text-center font-semibold text-stone-700">{t.outOfStock}</p>
    );
  }
  return (
    <form method="post" action="/cart/actions" className="flex items-end gap-2">
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="productId" value={product.id} />
      <input type="hidden" name="back" value={`/p/${product.slug}`} />
      <label className="flex flex-col text-sm text-stone-700">
        {t.quantity} ({product.unit})
        <input
          type="number"
          name="quantity"
          defaultValue={1}
          min={1}
          max={max}
          step={1}
          inputMode="numeric"
          required
          className="h-12 w-20 rounded-xl border border-stone-300 bg-white px-2 text-center text-lg"
        />
      </label>
      <button type="submit" className={button}>
        {t.addToCart}
      </button>
    </form>
  );
}
