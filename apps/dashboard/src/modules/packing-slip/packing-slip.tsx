import { qrSvg } from "@cho-phien/ui/qr-svg";
import { formatDateTimeVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { formatVnPhone } from "@cho-phien/validators/phone";
import type { SellerOrderSlip } from "~/server/api-types";
import type { PackingSlipMessages } from "./messages";
import { PAPER, type PaperSize } from "./paper-size";

/**
 * The slip itself, as it goes to paper: the order code in big letters and as a QR code, the recipient's name,
 * phone and full address in big type, the cash to collect (or "paid, do not collect"), the items with their
 * unit and quantity, the farm and its pick-up address. Black on white, sized for the chosen paper.
 */
export function PackingSlip({
  order: o,
  size,
  t,
}: {
  order: SellerOrderSlip;
  size: PaperSize;
  t: PackingSlipMessages;
}) {
  const qr = qrSvg(o.code);
  const paper = PAPER[size];
  return (
    <article
      aria-label={t.pageTitle(o.code)}
      className="phieu-dong-goi max-w-full border border-dashed border-stone-400 bg-white p-2 text-black"
      style={{ width: paper.width }}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0 text-xs">
          <p className="font-bold tracking-wide">{t.slip}</p>
          <p>Chợ Phiên</p>
          <p className="mt-1">
            {t.orderedOn}: {formatDateTimeVn(o.createdAt)}
          </p>
        </div>
        <svg
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label={t.qr(o.code)}
          className="shrink-0"
          style={{ width: paper.qr, height: paper.qr }}
          shapeRendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
      </div>
      {/* The code on a line of its own, so it stays whole in big letters on a 74 mm roll. */}
      <p className="border-b-2 border-black pb-2">
        <span className="block text-xs">{t.orderCode}</span>
        <span className="block font-mono text-2xl leading-tight font-black break-words">{o.code}</span>
      </p>

      <section className="border-b-2 border-black py-2">
        <h2 className="text-xs font-bold">{t.to}</h2>
        {o.recipient.recipientName && (
          <p className="text-2xl leading-tight font-black break-words">{o.recipient.recipientName}</p>
        )}
        <p className="text-xl font-bold">
          {t.phone}: {formatVnPhone(o.recipient.phone)}
        </p>
        <p className="text-lg leading-snug font-semibold break-words">{o.recipient.line}</p>
      </section>

      <section className="border-b-2 border-black py-2 text-center">
        {o.paymentMethod === "cod" ? (
          <>
            <p className="text-sm font-bold">{t.codCollect}</p>
            <p className="text-3xl font-black">{formatVnd(o.codAmountVnd)}</p>
            <p className="text-xs">{t.codNote}</p>
          </>
        ) : (
          <p className="text-base font-black">{t.prepaid}</p>
        )}
      </section>

      <section className="border-b-2 border-black py-2">
        <h2 className="text-xs font-bold">{t.items}</h2>
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-black text-left">
              <th scope="col" className="py-0.5 font-semibold">
                {t.item}
              </th>
              <th scope="col" className="py-0.5 font-semibold">
                {t.unit}
              </th>
              <th scope="col" className="py-0.5 text-right font-semibold">
                {t.qty}
              </th>
            </tr>
          </thead>
          <tbody>
            {o.items.map((i) => (
              <tr key={i.productId} className="border-b border-dotted border-black align-top">
                <td className="py-1 pr-1 break-words">{i.title}</td>
                <td className="py-1 pr-1">{i.unit}</td>
                <td className="py-1 text-right text-lg font-black">{i.quantity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="py-2 text-sm">
        <h2 className="text-xs font-bold">{t.from}</h2>
        <p className="text-base font-bold break-words">{o.shop.name}</p>
        {o.shop.phone && (
          <p>
            {t.phone}: {formatVnPhone(o.shop.phone)}
          </p>
        )}
        <p className="break-words">{o.shop.pickupAddress}</p>
      </section>

      {o.shipment && (
        <p className="border-t border-black pt-1 text-xs">
          {t.carrier}: {o.shipment.carrierName}
          {o.shipment.trackingCode && (
            <>
              {" · "}
              {t.tracking}: <span className="font-mono font-bold">{o.shipment.trackingCode}</span>
            </>
          )}
        </p>
      )}
    </article>
  );
}
