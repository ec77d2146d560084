import { formatDateTimeVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { formatVnPhone } from "@cho-phien/validators/phone";
import type { MyOrder } from "~/server/api-types";
import { DeclineForm } from "./decline-form";
import type { ListParams } from "./list-params";
import { NextStepForm } from "./next-step-form";
import { OrderStatusBadge } from "./order-status";

/** How the money comes in, in the words that matter to a farm: collect cash, or already paid. */
function PaymentLine({ order: o }: { order: MyOrder }) {
  const p = o.payment;
  if (!p) return null;
  if (p.method === "cod") {
    return (
      <p className="rounded-lg bg-amber-50 p-2 text-base text-amber-900">
        Thu hộ (COD): bên vận chuyển thu <strong className="font-bold">{formatVnd(o.codAmountVnd)}</strong>{" "}
        của người mua.
      </p>
    );
  }
  const how = p.method === "card" ? "thẻ" : "chuyển khoản VietQR";
  if (p.status === "paid") {
    return (
      <p className="rounded-lg bg-green-50 p-2 text-base text-green-900">
        ✓ Người mua đã thanh toán bằng {how}. Không thu tiền khi giao.
      </p>
    );
  }
  if (p.status === "pending") {
    return (
      <p className="rounded-lg bg-stone-100 p-2 text-base text-stone-800">
        Chờ người mua thanh toán bằng {how}. Chưa gửi hàng.
      </p>
    );
  }
  return (
    <p className="rounded-lg bg-stone-100 p-2 text-base text-stone-800">
      Thanh toán bằng {how}: không thành công.
    </p>
  );
}

/** One order as a farm packs and ships it: who, where, what, how much, how it is paid, and the next step. */
export function OrderCard({
  order: o,
  showShop,
  list,
}: {
  order: MyOrder;
  showShop: boolean;
  list: ListParams;
}) {
  const phone = o.address.phone;
  return (
    <article
      id={`don-${o.code}`}
      aria-labelledby={`ma-${o.code}`}
      className="scroll-mt-4 space-y-3 rounded-xl border border-stone-200 bg-white p-3"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`ma-${o.code}`} className="font-mono text-lg font-bold break-all">
            {o.code}
          </h3>
          <p className="text-sm text-stone-600">
            {formatDateTimeVn(o.createdAt)}
            {showShop ? ` · ${o.shop.name}` : ""}
          </p>
        </div>
        <OrderStatusBadge status={o.status} />
      </div>

      <section aria-label="Người nhận" className="space-y-1 text-base">
        <p>
          <span className="text-stone-600">Người nhận:</span> <strong>{o.address.recipientName}</strong>
        </p>
        <a
          href={`tel:${phone}`}
          className="inline-flex min-h-12 items-center gap-2 rounded-lg border border-green-700 px-3 font-semibold text-green-800"
        >
          <span aria-hidden="true">☎</span> {formatVnPhone(phone)}
        </a>
        {o.buyerPhone !== phone && (
          <p className="text-sm text-stone-600">Người đặt: {formatVnPhone(o.buyerPhone)}</p>
        )}
        <p>
          <span className="text-stone-600">Địa chỉ:</span> {o.address.line}
        </p>
      </section>

      <ul aria-label="Hàng trong đơn" className="divide-y divide-stone-100 text-base">
        {o.items.map((i) => (
          <li key={i.productId} className="flex justify-between gap-2 py-1">
            <span className="min-w-0 break-words">
              {i.title}{" "}
              <span className="font-semibold whitespace-nowrap">
                × {i.quantity} {i.unit}
              </span>
            </span>
            <span className="shrink-0">{formatVnd(i.lineVnd)}</span>
          </li>
        ))}
      </ul>

      <dl className="grid grid-cols-[1fr_auto] gap-x-3 text-base">
        <dt className="text-stone-600">Tiền hàng</dt>
        <dd className="text-right">{formatVnd(o.itemsTotalVnd)}</dd>
        <dt className="text-stone-600">Phí giao hàng</dt>
        <dd className="text-right">{formatVnd(o.shippingVnd)}</dd>
        <dt className="font-bold">Tổng đơn</dt>
        <dd className="text-right text-lg font-bold">{formatVnd(o.totalVnd)}</dd>
      </dl>

      <PaymentLine order={o} />

      {o.shipment && (
        <p className="text-base">
          <span className="text-stone-600">Vận chuyển:</span> {o.shipment.carrierName}
          {o.shipment.trackingCode && (
            <>
              {" "}
              · <span className="text-stone-600">Mã vận đơn:</span>{" "}
              <span className="font-mono font-semibold">{o.shipment.trackingCode}</span>
            </>
          )}
        </p>
      )}

      <NextStepForm order={o} list={list} />
      <DeclineForm order={o} list={list} />
    </article>
  );
}
