import type { OrdersMessages } from "./messages";

const card = "rounded-xl border border-stone-200 bg-white p-3";

/** Code + phone: how a guest (or anyone on another phone) opens an order. Plain form post, no JavaScript. */
/** `failed`: the last code + phone matched nothing; `throttled`: too many wrong tries, wait before the next. */
export function OrderLookupForm({
  t,
  code,
  failed,
  throttled,
}: {
  t: OrdersMessages;
  code?: string;
  failed?: boolean;
  throttled?: boolean;
}) {
  return (
    <section aria-labelledby="order-lookup" className="space-y-3">
      <h2 id="order-lookup" className="text-lg font-bold">
        {t.lookupTitle}
      </h2>
      <p className="text-stone-700">{t.lookupIntro}</p>
      {failed || throttled ? (
        <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3 text-red-800">
          {throttled ? t.tooManyTries : t.notFound}
        </p>
      ) : null}
      <form method="post" action="/orders/actions" className={`${card} space-y-3`}>
        <input type="hidden" name="intent" value="lookup" />
        <label className="block space-y-1 font-medium">
          <span>{t.orderCode}</span>
          <input
            name="code"
            required
            defaultValue={code}
            maxLength={40}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            className="h-12 w-full rounded-xl border border-stone-300 px-3 font-mono text-base uppercase"
          />
          <span className="block text-sm font-normal text-stone-600">{t.orderCodeHint}</span>
        </label>
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
        </label>
        <button
          type="submit"
          className="h-12 w-full rounded-xl bg-brand-700 font-semibold text-white hover:bg-brand-800"
        >
          {t.lookupButton}
        </button>
      </form>
    </section>
  );
}
