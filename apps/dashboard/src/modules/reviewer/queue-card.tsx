import { formatShortDateTimeVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { ProductThumb } from "~/modules/common/product-thumb";
import type { ReviewQueueItem } from "~/server/api-types";
import type { ReviewerMessages } from "./messages";
import { waitingAge } from "./waiting-age";

const KIND_STYLE = {
  new: "border-sky-300 bg-sky-50 text-sky-900",
  revision: "border-violet-300 bg-violet-50 text-violet-900",
  certificate: "border-amber-300 bg-amber-50 text-amber-900",
} as const;

/**
 * One waiting item: what it is, whose, where, since when, its OCOP claim, and who holds it. The whole card is
 * a plain link (no prefetch: opening an item holds it for the reviewer, only a real visit should).
 */
export function QueueCard({ item: i, t, now }: { item: ReviewQueueItem; t: ReviewerMessages; now: Date }) {
  const fields = i.revisionFields.map((f) => t.fieldNames[f] ?? f).join(", ");
  return (
    <a
      href={`/reviewer/${encodeURIComponent(i.productId)}`}
      className="block rounded-xl border border-stone-200 bg-white p-3 hover:border-green-700 sm:p-4"
    >
      <div className="flex gap-3">
        <ProductThumb image={i.image} size={72} />
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2">
            <span className={`rounded-full border px-2.5 py-0.5 text-sm font-semibold ${KIND_STYLE[i.kind]}`}>
              {t.kinds[i.kind]}
            </span>
            <span className="text-sm text-stone-600">{t.waited(t.age(waitingAge(i.waitingSince, now)))}</span>
          </p>
          <h2 className="mt-1 text-lg leading-snug font-bold break-words">{i.title}</h2>
          <p className="text-base text-stone-700">
            {i.shop.name} · {i.shop.communeName}, <strong>{i.shop.provinceName}</strong>
          </p>
          <p className="text-base">
            <span className="font-bold text-green-900">{formatVnd(i.priceVnd)}</span>
            <span className="text-stone-600"> {t.perUnit(i.unit)}</span>
          </p>
        </div>
      </div>
      {fields && <p className="mt-2 text-base text-violet-900">{t.changedFields(fields)}</p>}
      <p className="mt-1 text-base text-stone-700">
        {i.ocop ? (
          <>
            <span aria-hidden="true" className="text-amber-600">
              {"★".repeat(i.ocop.stars)}{" "}
            </span>
            {t.ocopShort(
              i.ocop.stars,
              i.ocop.expired
                ? t.certStatus.expired
                : t.certStatus[i.ocop.status as keyof typeof t.certStatus],
            )}
          </>
        ) : (
          t.noOcop
        )}
      </p>
      {i.claim && (
        <p
          className={`mt-2 rounded-lg px-3 py-2 text-base font-medium ${
            i.claim.mine ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"
          }`}
        >
          <span aria-hidden="true">{i.claim.mine ? "✎ " : "⏳ "}</span>
          {i.claim.mine
            ? t.heldByMe(formatShortDateTimeVn(i.claim.expiresAt))
            : t.heldBy(i.claim.reviewerName, formatShortDateTimeVn(i.claim.expiresAt))}
        </p>
      )}
    </a>
  );
}
