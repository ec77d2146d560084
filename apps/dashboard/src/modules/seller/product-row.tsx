import { formatVnd } from "@cho-phien/validators/money";
import { ProductThumb } from "~/modules/common/product-thumb";
import { StatusBadge } from "~/modules/common/status-badge";
import type { MyProduct } from "~/server/api-types";

/** A product line: photo, name, status, price per unit, stock; the reviewer's note when it was sent back. */
export function ProductRow({ product: p, showShop }: { product: MyProduct; showShop: boolean }) {
  const lowStock = p.stock === 0;
  return (
    <div className="flex gap-3 p-3">
      <ProductThumb image={p.image} />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-start justify-between gap-x-2 gap-y-1">
          <h3 className="text-lg leading-snug font-semibold break-words">{p.title}</h3>
          <StatusBadge status={p.listingStatus} />
        </div>
        {showShop && <p className="text-sm text-stone-600">{p.shop.name}</p>}
        <p className="mt-1 text-base">
          <span className="font-bold text-green-900">{formatVnd(p.priceVnd)}</span>
          <span className="text-stone-600"> / {p.unit}</span>
        </p>
        <p className={`text-base ${lowStock ? "font-semibold text-red-800" : "text-stone-700"}`}>
          {lowStock ? "Hết hàng" : `Còn ${p.stock.toLocaleString("vi-VN")} ${p.unit}`}
        </p>
        {p.reviewNote && (p.listingStatus === "changes_requested" || p.listingStatus === "rejected") && (
          <p className="mt-2 rounded-lg bg-amber-50 p-2 text-base text-amber-900">
            <span className="font-semibold">Ghi chú của cán bộ duyệt:</span> {p.reviewNote}
          </p>
        )}
      </div>
    </div>
  );
}
