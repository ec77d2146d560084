import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import type { CertificateScanView } from "~/server/api-types";
import { storefrontImage } from "~/server/storefront";
import { SellerNav } from "../seller/seller-nav";
import { certificateScanMessages } from "./messages";
import { isScanOutcome, scanOutcomeMessage } from "./outcome";

/**
 * /seller/listings/[id]/chung-nhan: the scan of the listing's OCOP certificate, on a 360 px screen. The upload
 * is a plain multipart form to /api/uploads?chung-nhan=<id> (no JavaScript needed): the handler stores the
 * photo or PDF, attaches it to the claim and sends the browser back here with `?ket-qua=<outcome>`.
 */
export async function CertificateScanPage({
  view,
  outcome,
}: {
  view: CertificateScanView;
  outcome?: string;
}) {
  const locale = await getLocale();
  const t = certificateScanMessages(locale);
  const flash = isScanOutcome(outcome) ? scanOutcomeMessage(outcome, locale) : null;
  const action = `/api/uploads?chung-nhan=${encodeURIComponent(view.productId)}`;
  const scanUrl = view.scanPath ? storefrontImage(view.scanPath) : null;
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 p-4">
      <SellerNav current="/seller" />
      <h1 className="text-xl font-bold">{t.scanOf(view.title)}</h1>
      {flash ? (
        <p
          role={flash.ok ? "status" : "alert"}
          className={`rounded-lg border p-3 text-base ${flash.ok ? "border-green-300 bg-green-50 text-green-900" : "border-amber-300 bg-amber-50 text-amber-900"}`}
        >
          {flash.text}
        </p>
      ) : null}
      <p className="text-base text-stone-700">{t.intro}</p>

      {view.claim ? (
        <section
          aria-labelledby="chung-nhan-da-khai"
          className="rounded-xl border border-amber-300 bg-amber-50 p-3"
        >
          <h2 id="chung-nhan-da-khai" className="text-base font-semibold">
            {t.claim}
          </h2>
          <p className="text-base break-words">
            {t.claimLine(view.claim.stars, view.claim.decisionNumber, view.claim.issuingAuthority)}
          </p>
          {view.certificateStatus ? (
            <p className="text-sm text-stone-700">
              {t.status}: {t.statuses[view.certificateStatus]}
            </p>
          ) : null}
          {view.target === "revision" ? (
            <p className="mt-2 text-sm text-amber-900">{t.revisionNote}</p>
          ) : null}
        </section>
      ) : (
        <p
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-base text-amber-900"
        >
          {t.noClaim}
        </p>
      )}

      {view.claim ? (
        <section aria-labelledby="ban-chup" className="flex flex-col gap-3">
          <h2 id="ban-chup" className="text-lg font-semibold">
            {t.current}
          </h2>
          {scanUrl && view.scanIsPdf ? (
            <a
              href={scanUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="flex min-h-12 items-center gap-2 self-start rounded-lg border border-stone-300 bg-white px-4 text-base font-semibold underline"
            >
              <span aria-hidden="true">📄</span> {t.openPdf}
            </a>
          ) : scanUrl ? (
            <a href={scanUrl} target="_blank" rel="noopener noreferrer" className="self-start">
              <img
                src={scanUrl}
                alt={t.photoAlt}
                width={240}
                height={320}
                loading="lazy"
                decoding="async"
                className="h-auto max-h-80 w-60 rounded-lg border border-stone-200 bg-stone-100 object-contain"
              />
              <span className="mt-1 flex min-h-11 items-center text-base underline">{t.openPhoto}</span>
            </a>
          ) : (
            <p className="text-base text-stone-600">{t.none}</p>
          )}

          <form
            method="post"
            action={action}
            encType="multipart/form-data"
            className="flex flex-col gap-3 rounded-xl border border-stone-300 bg-white p-4"
          >
            <label className="flex flex-col gap-2 text-base font-semibold">
              {t.choose}
              <input
                type="file"
                name="scan"
                accept="image/*,application/pdf"
                required
                className="min-h-12 text-base file:mr-3 file:min-h-12 file:rounded-lg file:border-0 file:bg-stone-200 file:px-4 file:text-base"
              />
            </label>
            <p className="text-sm text-stone-600">{t.hint}</p>
            <button
              type="submit"
              className="min-h-12 rounded-lg bg-green-700 px-4 text-base font-semibold text-white hover:bg-green-800"
            >
              {view.scanPath ? t.replace : t.upload}
            </button>
          </form>
        </section>
      ) : null}

      <Link
        href={`/seller/listings/${encodeURIComponent(view.productId)}`}
        className="flex min-h-12 items-center self-start text-base underline"
      >
        ← {t.backToListing}
      </Link>
    </main>
  );
}
