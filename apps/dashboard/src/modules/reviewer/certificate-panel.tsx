import { formatDateTimeVn, formatDateVn } from "@cho-phien/validators/dates";
import type { TCertificateCheckField } from "@cho-phien/validators/reviews";
import type { ReviewCertificate } from "~/server/api-types";
import { storefrontImage } from "~/server/storefront";
import type { ReviewerMessages } from "./messages";

/**
 * The OCOP certificate the farm claims, beside its scan (a photo shown inline, a PDF as a link): the reviewer
 * compares the printed fields with what was typed. Side by side from 640 px, stacked on a phone.
 */
export function CertificatePanel({ cert: c, t }: { cert: ReviewCertificate; t: ReviewerMessages }) {
  const checked = new Set(c.verifiedFields);
  const mark = (f: TCertificateCheckField) =>
    checked.has(f) ? (
      <span className="ml-1 text-sm text-green-800">
        <span aria-hidden="true">✓</span> {t.checked}
      </span>
    ) : null;
  const tone =
    c.status === "verified" && !c.expired
      ? "border-green-300 bg-green-50"
      : c.expired || c.status === "rejected" || c.status === "revoked"
        ? "border-red-300 bg-red-50"
        : "border-amber-300 bg-amber-50";
  return (
    <section aria-labelledby="certificate" className={`rounded-xl border p-3 sm:p-4 ${tone}`}>
      <h2 id="certificate" className="text-lg font-bold">
        <span aria-hidden="true" className="text-amber-600">
          {"★".repeat(c.stars)}{" "}
        </span>
        {t.certTitle} <span className="font-normal">· {t.certStatus[c.status]}</span>
      </h2>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <dl className="grid grid-cols-[auto_1fr] content-start gap-x-3 gap-y-1 text-base">
          <dt className="text-stone-600">{t.stars}</dt>
          <dd className="font-semibold">
            {c.stars}
            {mark("stars")}
          </dd>
          <dt className="text-stone-600">{t.decisionNumber}</dt>
          <dd className="font-semibold break-words">
            {c.decisionNumber}
            {mark("decisionNumber")}
          </dd>
          <dt className="text-stone-600">{t.issuingAuthority}</dt>
          <dd className="break-words">
            {c.issuingAuthority}
            {mark("issuingAuthority")}
          </dd>
          <dt className="text-stone-600">{t.issuingLevel}</dt>
          <dd>
            {t.levels[c.issuingLevel]}
            {mark("issuingLevel")}
          </dd>
          <dt className="text-stone-600">{t.signedAt}</dt>
          <dd>
            {formatDateVn(new Date(c.signedAt))}
            {mark("signedAt")}
          </dd>
          <dt className="text-stone-600">{t.expiresAt}</dt>
          <dd className={c.expired ? "font-bold text-red-800" : ""}>
            {formatDateVn(new Date(c.expiresAt))}
            {c.expired && t.expiredNote}
            {mark("expiresAt")}
          </dd>
          {c.productGroup && (
            <>
              <dt className="text-stone-600">{t.productGroup}</dt>
              <dd className="break-words">
                {c.productGroup}
                {mark("productGroup")}
              </dd>
            </>
          )}
          {c.producer && (
            <>
              <dt className="text-stone-600">{t.producer}</dt>
              <dd className="break-words">
                {c.producer}
                {mark("producer")}
              </dd>
            </>
          )}
          {c.traceabilityCode && (
            <>
              <dt className="text-stone-600">{t.traceabilityCode}</dt>
              <dd className="break-all">{c.traceabilityCode}</dd>
            </>
          )}
          {c.publicCode && (
            <>
              <dt className="text-stone-600">{t.publicCode}</dt>
              <dd className="font-mono font-semibold">{c.publicCode}</dd>
            </>
          )}
          {c.reviewerName && c.reviewedAt && (
            <>
              <dt className="text-stone-600">{t.reviewer}</dt>
              <dd>{t.reviewedBy(c.reviewerName, formatDateTimeVn(new Date(c.reviewedAt)))}</dd>
            </>
          )}
          {c.reviewNote && (
            <>
              <dt className="text-stone-600">{t.certNote}</dt>
              <dd className="break-words">{c.reviewNote}</dd>
            </>
          )}
        </dl>
        <figure>
          <figcaption className="mb-1 text-sm font-semibold text-stone-600">{t.scanTitle}</figcaption>
          {!c.scanPath ? (
            <p className="rounded-lg border border-dashed border-stone-400 bg-white p-3 text-base text-stone-700">
              {t.noScan}
            </p>
          ) : c.scanIsPdf ? (
            <a
              href={storefrontImage(c.scanPath)}
              target="_blank"
              rel="noopener"
              className="flex min-h-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 text-base font-semibold text-green-900 underline"
            >
              <span aria-hidden="true">📄 </span>
              {t.scanPdf}
            </a>
          ) : (
            <a href={storefrontImage(c.scanPath)} target="_blank" rel="noopener" className="block">
              <img
                src={storefrontImage(c.scanPath)}
                alt={t.scanAlt}
                loading="lazy"
                decoding="async"
                className="w-full rounded-lg border border-stone-300 bg-white object-contain"
              />
            </a>
          )}
        </figure>
      </div>
    </section>
  );
}
