import { farmOrderStatusLabel, orderStatusLabel } from "@cho-phien/validators/order-status-labels";
import type { TSellerStep } from "@cho-phien/validators/orders";
import { ACTIVE_ORDER_STATUSES, ZOrderCode } from "@cho-phien/validators/orders";
import Link from "next/link";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { getCaller } from "~/server/caller";
import { param, type SearchParams } from "~/server/search-params";
import { type ListParams, listHref, parseListParams, type StatusFilter } from "./list-params";
import { OrderCard } from "./order-card";
import { OUTCOMES, type Outcome, outcomeMessage } from "./outcome";

/** The filter tabs, the farm's to-do first. Completed and refunded orders stay under "Tất cả". */
const TABS: { filter: StatusFilter; label: string }[] = [
  { filter: "active", label: "Cần xử lý" },
  { filter: "placed", label: farmOrderStatusLabel("placed") },
  { filter: "accepted", label: farmOrderStatusLabel("accepted") },
  { filter: "packed", label: farmOrderStatusLabel("packed") },
  { filter: "shipped", label: farmOrderStatusLabel("shipped") },
  { filter: "delivered", label: farmOrderStatusLabel("delivered") },
  { filter: "pending_payment", label: orderStatusLabel("pending_payment", "vi") },
  { filter: "cancelled", label: farmOrderStatusLabel("cancelled") },
  { filter: "all", label: "Tất cả" },
];

const SELLER_STEPS: readonly string[] = ["accepted", "packed", "shipped", "delivered"];

/**
 * /seller/orders: the farm's orders on a phone — buyer, address, items, totals, payment, and one big button
 * for the next step. Server-rendered with plain form posts, so it works without JavaScript.
 */
export async function SellerOrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const caller = await getCaller();
  const { params, input, errors } = parseListParams(searchParams);
  const [shops, orders] = await Promise.all([caller.shops.mine(), caller.orders.forSeller(input)]);
  const notice = readOutcome(searchParams);
  const activeCount = ACTIVE_ORDER_STATUSES.reduce((s, st) => s + (orders.counts[st] ?? 0), 0);
  const allCount = Object.values(orders.counts).reduce((s, n) => s + (n ?? 0), 0);
  const countOf = (f: StatusFilter) =>
    f === "active" ? activeCount : f === "all" ? allCount : (orders.counts[f] ?? 0);
  const link = (over: Partial<ListParams>) => listHref({ ...params, page: 1, ...over });
  const chip = (active: boolean) =>
    `flex min-h-12 items-center gap-1 rounded-full border px-4 text-base whitespace-nowrap ${
      active
        ? "border-green-700 bg-green-700 font-semibold text-white"
        : "border-stone-300 bg-white hover:bg-stone-100"
    }`;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Đơn hàng"
        subtitle="Nhận đơn, đóng gói, giao cho vận chuyển — mỗi đơn một nút cho bước tiếp theo."
        actions={
          <Link
            href="/seller"
            className="flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-4 text-base font-medium"
          >
            ← Sản phẩm
          </Link>
        }
      />
      {notice && (
        <p
          role={notice.ok ? "status" : "alert"}
          className={`mb-4 rounded-lg border p-3 text-base ${
            notice.ok
              ? "border-green-300 bg-green-50 text-green-900"
              : "border-amber-300 bg-amber-50 text-amber-900"
          }`}
        >
          {notice.text}
        </p>
      )}
      <InputErrors messages={errors} />

      {shops.length > 1 && (
        <nav className="mb-2 flex gap-2 overflow-x-auto pb-1" aria-label="Lọc theo gian hàng">
          <Link href={link({ shop: undefined })} className={chip(!params.shop)}>
            Mọi gian hàng
          </Link>
          {shops.map((s) => (
            <Link key={s.id} href={link({ shop: s.id })} className={chip(params.shop === s.id)}>
              {s.name}
            </Link>
          ))}
        </nav>
      )}
      <nav className="mb-4 flex gap-2 overflow-x-auto pb-1" aria-label="Lọc theo trạng thái">
        {TABS.map((t) => (
          <Link
            key={t.filter}
            href={link({ status: t.filter })}
            className={chip(params.status === t.filter)}
            aria-current={params.status === t.filter ? "page" : undefined}
          >
            {t.label}
            <span className="font-normal">({countOf(t.filter)})</span>
          </Link>
        ))}
      </nav>

      {shops.length === 0 ? (
        <EmptyState>Bạn chưa quản lý gian hàng nào, nên chưa có đơn hàng.</EmptyState>
      ) : orders.items.length === 0 ? (
        <EmptyState>
          {params.status === "active" ? "Không có đơn nào cần xử lý." : "Không có đơn hàng nào ở đây."}
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {orders.items.map((o) => (
            <li key={o.code}>
              <OrderCard order={o} showShop={shops.length > 1} list={params} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={orders.page}
        pageSize={orders.pageSize}
        total={orders.total}
        href={(page) => listHref({ ...params, page })}
      />
    </div>
  );
}

/** The result of the last step button, from fixed words in the URL (see ./outcome). */
function readOutcome(sp: SearchParams) {
  const outcome = param(sp, "ket-qua");
  if (!outcome || !(OUTCOMES as readonly string[]).includes(outcome)) return null;
  const code = ZOrderCode.safeParse(param(sp, "ma"));
  const step = param(sp, "buoc");
  return outcomeMessage(
    outcome as Outcome,
    code.success ? code.data : "",
    step && SELLER_STEPS.includes(step) ? (step as TSellerStep) : undefined,
  );
}
