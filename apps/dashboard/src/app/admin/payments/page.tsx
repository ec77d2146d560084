import { formatDateTimeVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { ZOrderCode } from "@cho-phien/validators/orders";
import { formatVnPhone } from "@cho-phien/validators/phone";
import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { EmptyState } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { type PaymentsMessages, paymentsMessages } from "~/modules/payments/messages";
import { getCaller } from "~/server/caller";
import { requirePermission } from "~/server/guard";
import { markTransferReceivedAction } from "./actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: paymentsMessages(await getLocale()).title };
}

/** The notice for the outcome word in `?ket-qua=` (a fixed word, never free text), or null. */
function outcomeNotice(
  word: unknown,
  code: string,
  t: PaymentsMessages,
): { ok: boolean; text: string } | null {
  if (typeof word !== "string" || !Object.hasOwn(t.outcomes, word)) return null;
  const outcome = word as keyof PaymentsMessages["outcomes"];
  const text = t.outcomes[outcome];
  return {
    ok: outcome === "paid" || outcome === "already_paid",
    text: typeof text === "function" ? text(code) : text,
  };
}

/**
 * /admin/payments: VietQR transfers still awaited, oldest first. The admin compares each transfer note and
 * amount with the platform's bank statement and presses "Đã nhận tiền"; the orders then go to the farms.
 * (A bank webhook — payOS, SePay — would do the same call automatically.)
 */
export default async function PendingTransfersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("payment:confirm", "/admin/payments");
  const [params, api, locale] = await Promise.all([searchParams, getCaller(), getLocale()]);
  const t = paymentsMessages(locale);
  const transfers = await api.orders.pendingTransfers();
  const code = ZOrderCode.safeParse(params.ma);
  const notice = outcomeNotice(params["ket-qua"], code.success ? code.data : "", t);

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      {notice ? (
        <p
          role={notice.ok ? "status" : "alert"}
          className={`mb-4 rounded-lg border p-3 ${
            notice.ok
              ? "border-green-300 bg-green-50 text-green-900"
              : "border-amber-300 bg-amber-50 text-amber-900"
          }`}
        >
          {notice.text}
        </p>
      ) : null}
      <form
        action={markTransferReceivedAction}
        className="mb-4 flex flex-wrap items-end gap-2 rounded-xl border border-stone-200 bg-white p-3"
      >
        <label className="grow space-y-1 text-sm font-medium">
          <span>{t.lateTransfer}</span>
          <input
            name="checkoutCode"
            required
            maxLength={40}
            placeholder="CP251129K7M2QX"
            autoCapitalize="characters"
            spellCheck={false}
            className="h-11 w-full rounded-lg border border-stone-300 px-2 font-mono text-base uppercase"
          />
        </label>
        <button
          type="submit"
          className="h-11 rounded-lg border-2 border-green-700 px-4 font-semibold text-green-800"
        >
          {t.received}
        </button>
      </form>
      {transfers.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {transfers.map((tr) => (
            <li key={tr.checkoutCode} className="rounded-xl border border-stone-200 bg-white p-3">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-stone-600">{t.transferNote}</dt>
                  <dd className="font-mono text-base font-bold">{tr.transferNote ?? tr.checkoutCode}</dd>
                  <dt className="text-stone-600">{t.amount}</dt>
                  <dd className="text-base font-bold">{formatVnd(tr.amountVnd)}</dd>
                  <dt className="text-stone-600">{t.buyer}</dt>
                  <dd>{formatVnPhone(tr.buyerPhone)}</dd>
                  <dt className="text-stone-600">{t.farms}</dt>
                  <dd>{tr.shops.join(", ")}</dd>
                  <dt className="text-stone-600">{t.placedAt}</dt>
                  <dd>
                    {formatDateTimeVn(tr.createdAt)}
                    {tr.expiresAt ? t.expires(formatDateTimeVn(tr.expiresAt)) : ""}
                  </dd>
                </dl>
                <form action={markTransferReceivedAction}>
                  <input type="hidden" name="checkoutCode" value={tr.checkoutCode} />
                  <button
                    type="submit"
                    className="h-11 rounded-lg bg-green-700 px-4 font-semibold text-white hover:bg-green-800"
                  >
                    {t.received}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
