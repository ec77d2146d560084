import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "~/i18n/get-locale";
import { listHref } from "~/modules/seller-orders/list-params";
import type { SellerOrderSlip } from "~/server/api-types";
import { getCaller } from "~/server/caller";
import { packingSlipMessages } from "./messages";
import { PackingSlip } from "./packing-slip";
import { packingSlipHref } from "./packing-slip-href";
import { PAPER, PAPER_SIZES, type PaperSize } from "./paper-size";

/**
 * Print CSS: only the slip goes to paper (the dashboard's header and this page's buttons do not), black on
 * white, on the chosen page box. Plain CSS in the page, so the browser's own Print works with JavaScript off.
 */
function printCss(size: PaperSize): string {
  const p = PAPER[size];
  return `@page { size: ${p.page}; margin: 3mm; }
@media print {
  html, body { background: #fff !important; }
  body * { visibility: hidden; }
  .phieu-dong-goi, .phieu-dong-goi * { visibility: visible; color: #000 !important; }
  .phieu-dong-goi { position: absolute; left: 0; top: 0; width: ${p.width}; margin: 0; border: 0; padding: 0; box-shadow: none; }
}`;
}

/**
 * /seller/orders/[code]/phieu-dong-goi: a packing slip to print and tape on the parcel — the recipient's name,
 * phone and full address in big type, the cash to collect (COD), the items, the farm and its pick-up address,
 * the order code in big letters and as a QR code. Only the shop's people (owner, helper, admin) can open it:
 * orders.sellerByCode answers anyone else NOT_FOUND, shown as the not-found page.
 */
export async function PackingSlipPage({ code, size }: { code: string; size: PaperSize }) {
  const [api, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = packingSlipMessages(locale);
  let order: SellerOrderSlip;
  try {
    order = await api.orders.sellerByCode({ code });
  } catch (e) {
    const err = (e as { code?: string }).code;
    if (err === "NOT_FOUND" || err === "BAD_REQUEST") notFound();
    throw e;
  }
  const o = order;
  const chip = (active: boolean) =>
    `flex min-h-12 items-center rounded-full border px-4 text-base whitespace-nowrap ${
      active
        ? "border-green-700 bg-green-700 font-semibold text-white"
        : "border-stone-300 bg-white hover:bg-stone-100"
    }`;

  return (
    <div>
      <style>{printCss(size)}</style>
      <div className="mb-4 space-y-3">
        <Link
          href={`${listHref({ status: "all", page: 1 })}#don-${o.code}`}
          className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-4 text-base font-medium"
        >
          {t.back}
        </Link>
        <h1 className="text-2xl font-bold break-all">{t.pageTitle(o.code)}</h1>
        <p className="text-base text-stone-700">{t.howToPrint}</p>
        <nav aria-label={t.paperSizes} className="flex flex-wrap gap-2">
          {PAPER_SIZES.map((s) => (
            <Link
              key={s}
              href={packingSlipHref(o.code, s)}
              aria-current={s === size ? "page" : undefined}
              className={chip(s === size)}
            >
              {t.size[s]}
            </Link>
          ))}
        </nav>
      </div>

      <PackingSlip order={o} size={size} t={t} />
    </div>
  );
}
