import { formatVnd } from "@cho-phien/validators/money";
import { LOW_STOCK_THRESHOLD } from "@cho-phien/validators/overview";
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
import { RevisionRefusalNote } from "~/modules/listings/revision-refusal-note";
import type { MyProduct } from "~/server/api-types";
import type { SellerMessages } from "./messages";

const SMALL_INPUT = "min-h-12 w-28 rounded-lg border border-stone-300 bg-white px-3 text-lg";
const SMALL_BUTTON =
  "flex min-h-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 text-base font-semibold hover:bg-stone-100";

/** Statuses from which the farm may pause a listing (the transition table's "archived" row, seller side). */
const PAUSABLE = new Set<MyProduct["listingStatus"]>(["draft", "changes_requested", "approved", "rejected"]);

/**
 * A product line: photo, name, status, price per unit, stock; the reviewer's note when it (or the farm's
 * revision of it, while on sale) was sent back or rejected.
 * Quick actions under it, each a small form that works without JavaScript: new stock, new price (both
 * published at once), pause or put back on sale, copy, and a link to the full edit page. A listing with
 * LOW_STOCK_THRESHOLD or fewer left says so (the overview lists the same ones).
 */
export function ProductRow({
  product: p,
  showShop,
  t,
}: {
  product: MyProduct;
  showShop: boolean;
  t: SellerMessages;
}) {
  const soldOut = p.stock === 0;
  const low = !soldOut && p.stock <= LOW_STOCK_THRESHOLD;
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
        <p className={`text-base ${soldOut || low ? "font-semibold text-red-800" : "text-stone-700"}`}>
          {soldOut ? t.soldOut : t.left(p.stock.toLocaleString("vi-VN"), p.unit)}
          {low && <span> · {t.lowStock}</span>}
        </p>
        {p.reviewNote && (p.listingStatus === "changes_requested" || p.listingStatus === "rejected") && (
          <p className="mt-2 rounded-lg bg-amber-50 p-2 text-base text-amber-900">
            <span className="font-semibold">{t.reviewerNote}</span> {p.reviewNote}
          </p>
        )}
        {p.revisionRefusal && <RevisionRefusalNote refusal={p.revisionRefusal} className="mt-2 p-2" />}

        <div className="mt-3 space-y-2">
          <QuickNumberForm
            productId={p.id}
            name="stock"
            value={p.stock}
            formLabel={t.stockFormLabel(p.title)}
            fieldLabel={t.stockField(p.unit)}
            submitLabel={t.saveStock}
          />
          <QuickNumberForm
            productId={p.id}
            name="priceVnd"
            value={p.priceVnd}
            formLabel={t.priceFormLabel(p.title)}
            fieldLabel={t.priceField(p.unit)}
            submitLabel={t.savePrice}
          />
          <div className="flex flex-wrap gap-2">
            <Link href={`/seller/listings/${p.id}`} className={SMALL_BUTTON}>
              {t.edit}
            </Link>
            {PAUSABLE.has(p.listingStatus) && (
              <QuickActionForm action={archiveListingAction} label={t.pauseLabel(p.title)}>
                <input type="hidden" name="productId" value={p.id} />
                <button type="submit" className={SMALL_BUTTON}>
                  {t.pause}
                </button>
              </QuickActionForm>
            )}
            {p.listingStatus === "archived" && (
              <QuickActionForm action={restoreListingAction} label={t.restoreLabel(p.title)}>
                <input type="hidden" name="productId" value={p.id} />
                <button type="submit" className={SMALL_BUTTON}>
                  {t.restore}
                </button>
              </QuickActionForm>
            )}
            <QuickActionForm action={duplicateListingAction} label={t.duplicateLabel(p.title)}>
              <input type="hidden" name="productId" value={p.id} />
              <button type="submit" className={SMALL_BUTTON}>
                {t.duplicate}
              </button>
            </QuickActionForm>
          </div>
        </div>
      </div>
    </div>
  );
}

/** One number changed in place from the list (stock or price): a small form that works without JavaScript. */
function QuickNumberForm(props: {
  productId: string;
  name: "stock" | "priceVnd";
  value: number;
  formLabel: string;
  fieldLabel: string;
  submitLabel: string;
}) {
  return (
    <QuickActionForm
      action={quickEditAction}
      label={props.formLabel}
      className="flex flex-wrap items-end gap-2"
    >
      <input type="hidden" name="productId" value={props.productId} />
      <label className="text-base">
        <span className="block text-sm text-stone-600">{props.fieldLabel}</span>
        <input
          name={props.name}
          defaultValue={String(props.value)}
          inputMode="numeric"
          autoComplete="off"
          required
          className={SMALL_INPUT}
        />
      </label>
      <button type="submit" className={SMALL_BUTTON}>
        {props.submitLabel}
      </button>
    </QuickActionForm>
  );
}
