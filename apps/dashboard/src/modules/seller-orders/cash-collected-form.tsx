import { formatDateVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { vietnamDay } from "@cho-phien/validators/vietnam-day";
import { getLocale } from "~/i18n/get-locale";
import type { MyOrder } from "~/server/api-types";
import { recordCashAction } from "./actions";
import { cashMessages } from "./cash-messages";
import { type ListParams, STATUS_PARAM } from "./list-params";

const INPUT = "min-h-12 rounded-lg border border-stone-300 bg-white px-3 text-lg";

/**
 * "Đã thu tiền" on a delivered cash-on-delivery order: the amount (prefilled with the order's total) and the
 * day (today, in Vietnam) the carrier handed the cash over. Once recorded it says so, and the same form,
 * folded away, corrects it. A plain form post, so it works without JavaScript; the API re-checks everything.
 * Reads the language itself (a server component).
 */
export async function CashCollectedForm({ order: o, list }: { order: MyOrder; list: ListParams }) {
  if (!o.canRecordCash) return null;
  const t = cashMessages(await getLocale());
  const today = vietnamDay(new Date());
  const done = o.codCollected;
  const amountId = `tien-${o.code}`;
  const dateId = `ngay-thu-${o.code}`;
  const form = (
    <form
      action={recordCashAction}
      aria-label={t.formLabel(o.code)}
      className="flex flex-wrap items-end gap-2"
    >
      <input type="hidden" name="code" value={o.code} />
      <input type="hidden" name={STATUS_PARAM} value={list.status} />
      {list.shop && <input type="hidden" name="shop" value={list.shop} />}
      {list.page > 1 && <input type="hidden" name="page" value={String(list.page)} />}
      <div>
        <label htmlFor={amountId} className="block text-sm text-stone-700">
          {t.amount}
        </label>
        <input
          id={amountId}
          name="amountVnd"
          inputMode="numeric"
          autoComplete="off"
          required
          defaultValue={String(done?.amountVnd ?? o.totalVnd)}
          className={`${INPUT} w-36`}
        />
      </div>
      <div>
        <label htmlFor={dateId} className="block text-sm text-stone-700">
          {t.date}
        </label>
        <input
          id={dateId}
          type="date"
          name="collectedAt"
          required
          min={vietnamDay(o.createdAt)}
          max={today}
          defaultValue={done ? vietnamDay(done.at) : today}
          className={INPUT}
        />
      </div>
      <button
        type="submit"
        className="flex min-h-12 items-center justify-center rounded-lg bg-green-700 px-4 text-base font-bold text-white hover:bg-green-800"
      >
        {done ? t.saveCorrection : t.submit}
      </button>
    </form>
  );
  return (
    <section aria-label={t.heading} className="space-y-2 rounded-lg border border-stone-200 p-3">
      {done ? (
        <>
          <p className="text-base font-semibold text-green-900">
            {t.collected(formatVnd(done.amountVnd), formatDateVn(done.at))}
          </p>
          {done.amountVnd < o.totalVnd && (
            <p className="text-sm text-amber-900">{t.short(formatVnd(o.totalVnd - done.amountVnd))}</p>
          )}
          <details>
            <summary className="flex min-h-12 cursor-pointer items-center text-base text-green-800">
              {t.correct}
            </summary>
            {form}
          </details>
        </>
      ) : (
        <>
          <p className="text-base">{t.intro}</p>
          {form}
        </>
      )}
    </section>
  );
}
