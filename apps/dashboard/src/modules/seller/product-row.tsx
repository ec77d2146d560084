import { formatVnd } from "@cho-phien/validators/money";
import Link from "next/link";
import { ProductThumb } from "~/modules/common/product-thumb";
import { StatusBadge } from "~/modules/common/status-badge";
import {
  archiveListingAction,
  duplicateListingAction,
  quickEditAction,
  restoreListingAction,
} from "~/modules/listings/actions";
import { QuickActionForm } from "~/modules/listings/quick-action-form";
import type { MyProduct } from "~/server/api-types";

const SMALL_INPUT = "min-h-12 w-28 rounded-lg border border-stone-300 bg-white px-3 text-lg";
const SMALL_BUTTON =
  "flex min-h-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 text-base font-semibold hover:bg-stone-100";

/** Statuses from which the farm may pause a listing (the transition table's "archived" row, seller side). */
const PAUSABLE = new Set<MyProduct["listingStatus"]>(["draft", "changes_requested", "approved", "rejected"]);

/**
 * A product line: photo, name, status, price per unit, stock; the reviewer's note when it was sent back.
 * Quick actions under it, each a small form that works without JavaScript: new stock, new price (both
 * published at once), pause or put back on sale, copy, and a link to the full edit page.
 */
export function ProductRow({ product: p, showShop }: { product: MyProduct; showShop: boolean }) {
  const lowStock = p.stock === 0;
  return (
    <div id={`sp-${p.id}`} className="flex scroll-mt-4 gap-3 p-3">
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

        <div className="mt-3 space-y-2">
          <QuickActionForm
            action={quickEditAction}
            label={`Số lượng còn của ${p.title}`}
            className="flex flex-wrap items-end gap-2"
          >
            <input type="hidden" name="productId" value={p.id} />
            <label className="text-base">
              <span className="block text-sm text-stone-600">Còn lại ({p.unit})</span>
              <input
                name="stock"
                defaultValue={String(p.stock)}
                inputMode="numeric"
                autoComplete="off"
                required
                className={SMALL_INPUT}
              />
            </label>
            <button type="submit" className={SMALL_BUTTON}>
              Lưu số lượng
            </button>
          </QuickActionForm>
          <QuickActionForm
            action={quickEditAction}
            label={`Giá của ${p.title}`}
            className="flex flex-wrap items-end gap-2"
          >
            <input type="hidden" name="productId" value={p.id} />
            <label className="text-base">
              <span className="block text-sm text-stone-600">Giá (₫ / {p.unit})</span>
              <input
                name="priceVnd"
                defaultValue={String(p.priceVnd)}
                inputMode="numeric"
                autoComplete="off"
                required
                className={SMALL_INPUT}
              />
            </label>
            <button type="submit" className={SMALL_BUTTON}>
              Lưu giá
            </button>
          </QuickActionForm>
          <div className="flex flex-wrap gap-2">
            <Link href={`/seller/listings/${p.id}`} className={SMALL_BUTTON}>
              Sửa
            </Link>
            {PAUSABLE.has(p.listingStatus) && (
              <QuickActionForm action={archiveListingAction} label={`Tạm ngừng bán ${p.title}`}>
                <input type="hidden" name="productId" value={p.id} />
                <button type="submit" className={SMALL_BUTTON}>
                  Tạm ngừng bán
                </button>
              </QuickActionForm>
            )}
            {p.listingStatus === "archived" && (
              <QuickActionForm action={restoreListingAction} label={`Bán lại ${p.title}`}>
                <input type="hidden" name="productId" value={p.id} />
                <button type="submit" className={SMALL_BUTTON}>
                  Bán lại
                </button>
              </QuickActionForm>
            )}
            <QuickActionForm action={duplicateListingAction} label={`Nhân bản ${p.title}`}>
              <input type="hidden" name="productId" value={p.id} />
              <button type="submit" className={SMALL_BUTTON}>
                Nhân bản
              </button>
            </QuickActionForm>
          </div>
        </div>
      </div>
    </div>
  );
}
