import { isTrpcError } from "@cho-phien/ui/trpc-errors";
import { formatDateTimeVn, formatShortDateTimeVn } from "@cho-phien/validators/dates";
import { notFound } from "next/navigation";
import { getLocale } from "~/i18n/get-locale";
import { commonMessages } from "~/modules/common/messages";
import type { ReviewItem } from "~/server/api-types";
import { getCaller } from "~/server/caller";
import { param, type SearchParams } from "~/server/search-params";
import { CertificateDecisionForm } from "./certificate-decision-form";
import { CertificatePanel } from "./certificate-panel";
import { ListingDecisionForm } from "./listing-decision-form";
import { ListingPreview } from "./listing-preview";
import { reviewerMessages } from "./messages";
import { parseReviewOutcome } from "./outcome";
import { RevisionChanges } from "./revision-changes";
import { waitingAge } from "./waiting-age";

/** Opening the item holds it for this reviewer; an unknown id, or one outside their provinces, is a 404. */
async function openItem(productId: string): Promise<ReviewItem> {
  try {
    return await (await getCaller()).reviews.open({ productId });
  } catch (e) {
    if (isTrpcError(e, "NOT_FOUND") || isTrpcError(e, "BAD_REQUEST")) notFound();
    throw e;
  }
}

/**
 * /reviewer/[productId]: one item of the queue. Opening it holds it for the reviewer (or says who holds it);
 * then the listing as buyers see it, a revision's changes, the certificate beside its scan, and the decision
 * forms (plain posts naming the version read). Server-rendered; works at 360 px without JavaScript.
 */
export async function ReviewItemPage({
  productId,
  searchParams,
}: {
  productId: string;
  searchParams: SearchParams;
}) {
  const [item, locale] = await Promise.all([openItem(productId), getLocale()]);
  const t = reviewerMessages(locale);
  const status = commonMessages(locale).listingStatus[item.listingStatus];
  const outcome = parseReviewOutcome(param(searchParams, "ket-qua"));
  const mine = item.claim?.mine === true;
  const place = [item.shop.wardName ?? item.shop.communeName, item.shop.provinceName].join(", ");
  const decidesListing = mine && (item.kind === "new" || item.kind === "revision");
  const decidesCertificate = mine && item.certificate?.status === "pending";

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <a
        href="/reviewer"
        className="inline-flex min-h-12 items-center text-base font-medium text-green-900 underline"
      >
        {t.backToQueue}
      </a>
      {outcome && (
        <p
          role="status"
          className="rounded-lg border border-green-300 bg-green-50 p-3 text-base text-green-900"
        >
          {t.outcomes[outcome]}
        </p>
      )}

      <header>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          {item.kind && (
            <span className="rounded-full border border-stone-300 bg-white px-2.5 py-0.5 font-semibold">
              {t.kinds[item.kind]}
            </span>
          )}
          <span className="text-stone-600">{t.version(item.version)}</span>
          {item.waitingSince && (
            <span className="text-stone-600">
              · {t.waited(t.age(waitingAge(new Date(item.waitingSince))))}
            </span>
          )}
        </p>
        <h1 className="mt-1 text-2xl leading-snug font-bold break-words">{item.listing.title}</h1>
        <p className="text-base text-stone-700">{t.from(item.shop.name, place)}</p>
        {item.waitingSince && (
          <p className="text-sm text-stone-600">
            {t.submittedAt(formatDateTimeVn(new Date(item.waitingSince)))}
          </p>
        )}
      </header>

      {item.kind === null ? (
        <p role="status" className="rounded-lg border border-stone-300 bg-stone-50 p-3 text-base">
          {t.nothingWaiting(status)}
          {item.reviewNote && <span className="mt-1 block">{item.reviewNote}</span>}
        </p>
      ) : item.claim && !item.claim.mine ? (
        <p
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-base text-amber-900"
        >
          <span aria-hidden="true">⏳ </span>
          {t.claimOther(item.claim.reviewerName, formatShortDateTimeVn(new Date(item.claim.expiresAt)))}
        </p>
      ) : item.claim ? (
        <p
          role="status"
          className="rounded-lg border border-green-300 bg-green-50 p-3 text-base text-green-900"
        >
          <span aria-hidden="true">✎ </span>
          {t.claimMine(formatShortDateTimeVn(new Date(item.claim.expiresAt)))}
        </p>
      ) : null}

      <RevisionChanges changes={item.changes} t={t} locale={locale} />
      <ListingPreview item={item} t={t} locale={locale} />
      {item.certificate && <CertificatePanel cert={item.certificate} t={t} />}

      {decidesCertificate && (
        <CertificateDecisionForm productId={item.productId} version={item.version} t={t.form} />
      )}
      {decidesListing && (
        <section aria-labelledby="decide">
          <h2 id="decide" className="mb-2 text-lg font-bold">
            {item.kind === "revision" ? t.decideRevisionTitle : t.decideListingTitle}
          </h2>
          <ListingDecisionForm
            productId={item.productId}
            version={item.version}
            revision={item.kind === "revision"}
            t={t.form}
          />
        </section>
      )}

      {item.decisions.length > 0 && (
        <section aria-labelledby="history" className="rounded-xl border border-stone-200 bg-white p-3">
          <h2 id="history" className="text-lg font-bold">
            {t.historyTitle}
          </h2>
          <ul className="mt-2 space-y-2">
            {item.decisions.map((d) => (
              <li key={`${d.version}-${d.createdAt.toString()}`} className="text-base">
                <p className="font-semibold">
                  {t.decisionKinds[d.decision]}
                  {d.reasonCode && ` · ${t.reasonLabels[d.reasonCode] ?? d.reasonCode}`}
                </p>
                {d.comment && <p className="break-words">{d.comment}</p>}
                <p className="text-sm text-stone-600">
                  {t.historyLine(
                    d.reviewerName,
                    formatDateTimeVn(new Date(d.createdAt)),
                    d.version,
                    d.revision,
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
