import { getLocale } from "~/i18n/get-locale";
import type { ListingPhotosView } from "~/server/api-types";
import { SellerNav } from "../seller/seller-nav";
import { ListingPhotos } from "./listing-photos";
import { photosMessages } from "./messages";
import { isPhotoOutcome, photoOutcomeMessage } from "./outcome";

/** /seller/listings/[id]/photos: one listing's photos on a 360 px screen. */
export async function ListingPhotosPage({ view, outcome }: { view: ListingPhotosView; outcome?: string }) {
  const locale = await getLocale();
  const flash = isPhotoOutcome(outcome) ? photoOutcomeMessage(outcome, locale) : null;
  const t = photosMessages(locale);
  // A div, not <main>: the layout's <main> already holds every page.
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4 p-4">
      <SellerNav current="/seller" />
      {/* A real link back (not the browser's Back, which may show a cached form with an old version number). */}
      <a
        href={`/seller/listings/${view.productId}`}
        className="inline-flex min-h-12 items-center self-start font-medium text-green-800 underline"
      >
        {t.backToListing}
      </a>
      <h1 className="text-xl font-bold">{t.photosOf(view.title)}</h1>
      {flash ? (
        <p
          role={flash.ok ? "status" : "alert"}
          className={`rounded-lg border p-3 text-base ${flash.ok ? "border-green-300 bg-green-50 text-green-900" : "border-amber-300 bg-amber-50 text-amber-900"}`}
        >
          {flash.text}
        </p>
      ) : null}
      <ListingPhotos
        productId={view.productId}
        version={view.version}
        photos={view.photos}
        pendingReview={view.listingStatus === "approved"}
      />
    </div>
  );
}
