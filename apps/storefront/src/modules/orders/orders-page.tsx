import { formatDateVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "~/i18n/get-i18n";
import { FlashBanner } from "~/modules/common/flash-banner";
import { getCaller, getCurrentUser } from "~/server/caller";
import { OrderLookupForm } from "./lookup-form";
import { ordersMessages } from "./messages";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const ordersMetadata: Metadata = { title: "Đơn hàng của tôi", robots: { index: false } };

/**
 * /orders: a signed-in buyer's history, newest first, 10 a page; for everyone, the code + phone lookup
 * (guests have no history to list — their orders are found by code).
 */
export async function OrdersPage({ searchParams }: Props) {
  const [{ page: rawPage, f, khong_thay: failed }, { locale }, user] = await Promise.all([
    searchParams,
    getI18n(),
    getCurrentUser(),
  ]);
  const t = ordersMessages(locale);
  const page = Math.min(1000, Math.max(1, Number.parseInt(String(rawPage ?? "1"), 10) || 1));
  const history = user ? await (await getCaller()).orders.list({ page, pageSize: 10 }) : null;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t.historyTitle}</h1>
      <FlashBanner id={f} />
      {history ? (
        history.items.length ? (
          <section className="space-y-3">
            <ul className="space-y-3">
              {history.items.map((o) => (
                <li key={o.code}>
                  <Link
                    href={`/orders/${o.code}`}
                    prefetch={false}
                    className="block space-y-1 rounded-xl border border-stone-200 bg-white p-3 hover:border-brand-600"
                  >
                    <span className="flex flex-wrap items-baseline justify-between gap-2">
                      <span className="font-mono font-semibold">{o.code}</span>
                      <span className="rounded-full bg-stone-100 px-2 py-0.5 text-sm font-medium">
                        {t.status[o.status]}
                      </span>
                    </span>
                    <span className="block font-medium">{o.shopName}</span>
                    <span className="block text-sm text-stone-700">
                      {o.firstItemTitle}
                      {o.itemCount > 1 ? ` · ${t.items(o.itemCount)}` : ""}
                    </span>
                    <span className="flex justify-between text-sm">
                      <span className="text-stone-600">
                        {t.orderedOn} {formatDateVn(o.createdAt)}
                      </span>
                      <span className="font-semibold">{formatVnd(o.totalVnd)}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            {history.pageCount > 1 ? (
              <nav aria-label={t.page(page, history.pageCount)} className="flex items-center justify-between">
                {page > 1 ? (
                  <Link
                    className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
                    href={`/orders?page=${page - 1}`}
                  >
                    {t.previous}
                  </Link>
                ) : (
                  <span />
                )}
                <span className="text-sm text-stone-600">{t.page(page, history.pageCount)}</span>
                {page < history.pageCount ? (
                  <Link
                    className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
                    href={`/orders?page=${page + 1}`}
                  >
                    {t.next}
                  </Link>
                ) : (
                  <span />
                )}
              </nav>
            ) : null}
          </section>
        ) : (
          <p className="text-stone-700">{t.noOrders}</p>
        )
      ) : (
        <p>
          <Link
            href="/dang-nhap?next=/orders"
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
          >
            {t.signInForHistory}
          </Link>
        </p>
      )}
      <OrderLookupForm t={t} failed={failed !== undefined} />
    </div>
  );
}
