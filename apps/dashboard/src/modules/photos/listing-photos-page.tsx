import type { ListingPhotosView } from "~/server/api-types";
import { SellerNav } from "../seller/seller-nav";
import { ListingPhotos } from "./listing-photos";
import { isPhotoOutcome, PHOTO_OUTCOME_MESSAGES } from "./outcome";

/** /seller/listings/[id]/photos: one listing's photos on a 360 px screen. */
export function ListingPhotosPage({ view, outcome }: { view: ListingPhotosView; outcome?: string }) {
  const flash = isPhotoOutcome(outcome) ? PHOTO_OUTCOME_MESSAGES[outcome] : null;
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 p-4">
      <SellerNav current="/seller" />
      <h1 className="text-xl font-bold">Ảnh: {view.title}</h1>
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
    </main>
  );
}
