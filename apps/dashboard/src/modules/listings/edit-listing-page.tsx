import { formatDateTimeVn } from "@cho-phien/validators/dates";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "~/i18n/get-locale";
import { certificateScanMessages } from "~/modules/certificate-scan/messages";
import { PageHeader } from "~/modules/common/page-header";
import { StatusBadge } from "~/modules/common/status-badge";
import { SellerNav } from "~/modules/seller/seller-nav";
import type { SellerListing } from "~/server/api-types";
import { getCaller } from "~/server/caller";
import { scriptNonce } from "~/server/script-nonce";
import { archiveListingAction, duplicateListingAction, restoreListingAction } from "./actions";
import { listingDraftKey, listingDraftScript } from "./draft-script";
import { ListingForm } from "./listing-form";
import { listingsMessages } from "./messages";
import { listingOutcome, SAVED_OUTCOMES } from "./outcome";
import { QuickActionForm } from "./quick-action-form";
import { RevisionRefusalNote } from "./revision-refusal-note";

const FORM_ID = "listing-form";
const STEP_BUTTON =
  "flex min-h-12 w-full items-center justify-center rounded-xl border border-stone-300 bg-white px-4 text-base font-semibold hover:bg-stone-100";

/** The form's starting values: edits waiting for review where there are some (what the farm proposed last). */
function initialValues(l: SellerListing): Record<string, string> {
  const pending = l.pendingRevision;
  const ocop = pending && "ocop" in pending ? (pending.ocop ?? null) : l.ocop;
  const str = (n: number | null) => (n === null ? "" : String(n));
  return {
    productId: l.id,
    version: String(l.version),
    title: pending?.title ?? l.title,
    categorySlug: pending?.categorySlug ?? l.category.slug,
    description: pending?.description ?? l.description,
    unit: l.unit,
    priceVnd: str(l.priceVnd),
    compareAtPriceVnd: str(l.compareAtPriceVnd),
    stock: str(l.stock),
    maxPerOrder: str(l.maxPerOrder),
    weightGrams: str(l.weightGrams),
    harvestSeason: l.harvestSeason ?? "",
    origin: l.origin ?? "",
    hasOcop: ocop ? "on" : "",
    "ocop.stars": ocop ? String(ocop.stars) : "",
    "ocop.decisionNumber": ocop?.decisionNumber ?? "",
    "ocop.issuingAuthority": ocop?.issuingAuthority ?? "",
    "ocop.issuingLevel": ocop?.issuingLevel ?? "province",
    "ocop.signedAt": ocop?.signedAt.slice(0, 10) ?? "",
    "ocop.expiresAt": ocop?.expiresAt.slice(0, 10) ?? "",
    "ocop.productGroup": ocop?.productGroup ?? "",
    "ocop.producer": ocop?.producer ?? "",
  };
}

/** /seller/listings/[id]: edit a listing, send it for review, pause, restore or copy it. */
export async function EditListingPage({ productId, outcome }: { productId: string; outcome?: string }) {
  const [api, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = listingsMessages(locale);
  let listing: SellerListing;
  try {
    listing = await api.listings.byId({ productId });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw e;
  }
  const categories = await api.catalog.categories();
  const l = listing;
  const done = listingOutcome(outcome, locale);
  const approved = l.listingStatus === "approved";
  const canSubmit = l.nextSteps.includes("submitted") || (approved && !l.pendingRevision?.submittedAt);
  const showNote =
    l.reviewNote && (l.listingStatus === "changes_requested" || l.listingStatus === "rejected");

  return (
    <div>
      <PageHeader title={t.editTitle} subtitle={l.shop.name} />
      <SellerNav current="/seller" />
      <Link
        href={`/seller/listings/${l.id}/photos`}
        className="mb-4 flex min-h-12 items-center justify-center rounded-lg border border-green-700 bg-white px-4 text-base font-semibold text-green-800 hover:bg-green-50"
      >
        {t.photosLink(l.images.length)}
      </Link>
      {(l.ocop || l.pendingRevision?.ocop) && (
        <Link
          href={`/seller/listings/${l.id}/chung-nhan`}
          className="mb-4 flex min-h-12 items-center justify-center rounded-lg border border-amber-600 bg-white px-4 text-base font-semibold text-amber-900 hover:bg-amber-50"
        >
          {certificateScanMessages(locale).pageTitle}
        </Link>
      )}
      {done && (
        <p
          role="status"
          className={`mb-4 rounded-lg border p-3 text-base ${
            done.ok
              ? "border-green-300 bg-green-50 text-green-900"
              : "border-amber-300 bg-amber-50 text-amber-900"
          }`}
        >
          {done.text}
        </p>
      )}
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <StatusBadge status={l.listingStatus} />
        <span className="text-base break-words">{l.title}</span>
      </div>
      {showNote && (
        <p className="mb-4 rounded-lg bg-amber-50 p-3 text-base text-amber-900 whitespace-pre-line">
          <span className="font-semibold">{t.reviewerNote}</span> {l.reviewNote}
        </p>
      )}
      {l.revisionRefusal && <RevisionRefusalNote refusal={l.revisionRefusal} detailed className="mb-4 p-3" />}
      {l.ocop?.status === "rejected" && l.ocop.reviewNote && (
        <p className="mb-4 rounded-lg bg-amber-50 p-3 text-base text-amber-900">
          <span className="font-semibold">{t.ocopRejected}</span> {l.ocop.reviewNote}
        </p>
      )}
      {l.pendingRevision && (
        <p className="mb-4 rounded-lg bg-sky-50 p-3 text-base text-sky-900">
          {l.pendingRevision.submittedAt
            ? t.revisionSubmittedAt(formatDateTimeVn(l.pendingRevision.submittedAt))
            : t.revisionNotSubmitted}
          {t.buyersStillSee(l.title)}
        </p>
      )}
      {l.listingStatus === "submitted" && (
        <p className="mb-4 rounded-lg bg-sky-50 p-3 text-base text-sky-900">{t.waitingForReview}</p>
      )}

      <ListingForm
        formId={FORM_ID}
        mode="edit"
        initial={initialValues(l)}
        shops={[]}
        categories={categories.map((c) => ({ slug: c.slug, name: c.name }))}
        approved={approved}
        canSubmit={canSubmit}
        locale={locale}
      />
      <script
        nonce={await scriptNonce()}
        dangerouslySetInnerHTML={{
          __html: listingDraftScript({
            formId: FORM_ID,
            key: listingDraftKey(l.id),
            version: String(l.version),
            clearKeys:
              outcome && SAVED_OUTCOMES.has(outcome)
                ? [
                    listingDraftKey(l.id),
                    ...(outcome === "created" || outcome === "submitted" || outcome === "not_submitted"
                      ? [listingDraftKey(null)]
                      : []),
                  ]
                : [],
          }),
        }}
      />

      <section aria-labelledby="more-heading" className="mt-8 space-y-2 border-t border-stone-200 pt-4">
        <h2 id="more-heading" className="text-lg font-bold">
          {t.moreActions}
        </h2>
        {l.nextSteps.includes("archived") && (
          <QuickActionForm action={archiveListingAction} label={t.archive}>
            <input type="hidden" name="productId" value={l.id} />
            <input type="hidden" name="back" value="edit" />
            <button type="submit" className={STEP_BUTTON}>
              {t.archive}
            </button>
          </QuickActionForm>
        )}
        {l.listingStatus === "archived" && (
          <QuickActionForm action={restoreListingAction} label={t.restore}>
            <input type="hidden" name="productId" value={l.id} />
            <input type="hidden" name="back" value="edit" />
            <button type="submit" className={STEP_BUTTON}>
              {l.approvedAt && !l.pendingRevision ? t.restore : t.restoreToDraft}
            </button>
          </QuickActionForm>
        )}
        <QuickActionForm action={duplicateListingAction} label={t.duplicate}>
          <input type="hidden" name="productId" value={l.id} />
          <button type="submit" className={STEP_BUTTON}>
            {t.duplicate}
          </button>
        </QuickActionForm>
        <Link href="/seller" className={STEP_BUTTON}>
          {t.backToList}
        </Link>
      </section>
    </div>
  );
}
