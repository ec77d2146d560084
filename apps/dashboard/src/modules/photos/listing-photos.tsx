import { photoAttrs } from "@cho-phien/ui/photo-attrs";
import { MAX_LISTING_PHOTOS } from "@cho-phien/validators/uploads";
import { getLocale } from "~/i18n/get-locale";
import { storefrontImage } from "~/server/storefront";
import { setListingPhotosAction } from "./actions";
import { photosMessages } from "./messages";
import { PhotoUploadForm } from "./photo-upload-form";

export interface ListingPhoto {
  path: string;
  /** null for a photo that was not uploaded here (old demo photos): it can only be removed. */
  uploadId: string | null;
  width?: number | null;
  height?: number | null;
  /** Resized copies, smallest first: the 96 px preview fetches the smallest that is sharp enough. */
  variants?: readonly { width: number; path: string }[];
}

/** src and srcset of a preview in the 96 px box (copies served by the storefront). */
function previewSources(p: ListingPhoto) {
  const { src, srcSet, sizes } = photoAttrs(
    { path: p.path, width: p.width ?? null, height: p.height ?? null, variants: p.variants ?? [] },
    { sizes: "96px", fallback: { width: 96, height: 96 }, url: storefrontImage },
  );
  return { src, srcSet, sizes };
}

/** One button that saves a new order of photos (a plain form post: works without JavaScript). */
function OrderButton(props: {
  productId: string;
  version?: number;
  back: string;
  order: string[];
  label: string;
  children: string;
}) {
  return (
    <form action={setListingPhotosAction}>
      <input type="hidden" name="productId" value={props.productId} />
      {props.version ? <input type="hidden" name="version" value={props.version} /> : null}
      <input type="hidden" name="back" value={props.back} />
      <input type="hidden" name="uploadIds" value={props.order.join(",")} />
      <button
        type="submit"
        aria-label={props.label}
        className="min-h-12 min-w-12 rounded-lg border border-stone-300 bg-white px-3 text-base hover:bg-stone-100"
      >
        {props.children}
      </button>
    </form>
  );
}

/**
 * A listing's photos (up to 8, the first is the cover) with move up / move down / remove, and the upload form.
 * Drop it into any listing page: `<ListingPhotos productId version photos back />` (a server component that
 * reads the language itself).
 */
export async function ListingPhotos({
  productId,
  version,
  photos,
  back = `/seller/listings/${productId}/photos`,
  pendingReview = false,
}: {
  productId: string;
  version?: number;
  photos: ListingPhoto[];
  back?: string;
  pendingReview?: boolean;
}) {
  const locale = await getLocale();
  const t = photosMessages(locale);
  const ids = photos.flatMap((p) => (p.uploadId ? [p.uploadId] : []));
  const swap = (i: number, j: number) => {
    const next = [...ids];
    [next[i], next[j]] = [next[j]!, next[i]!];
    return next;
  };
  const common = { productId, version, back };
  return (
    <section aria-labelledby="anh-san-pham" className="flex flex-col gap-4">
      <h2 id="anh-san-pham" className="text-lg font-semibold">
        {t.heading(photos.length)}
      </h2>
      {pendingReview ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-base text-amber-900">
          {t.onSaleNote}
        </p>
      ) : null}
      {photos.length === 0 ? <p className="text-base text-stone-600">{t.noPhotos}</p> : null}
      <ol className="flex flex-col gap-3">
        {photos.map((p, i) => {
          const at = p.uploadId ? ids.indexOf(p.uploadId) : -1;
          return (
            <li
              key={p.path}
              className="flex items-center gap-3 rounded-xl border border-stone-200 bg-white p-2"
            >
              <img
                {...previewSources(p)}
                alt={i === 0 ? t.cover : t.photoNumber(i + 1)}
                width={96}
                height={p.width && p.height ? Math.round((96 * p.height) / p.width) : 96}
                loading="lazy"
                decoding="async"
                className="h-24 w-24 shrink-0 rounded-lg bg-stone-200 object-cover"
              />
              <div className="flex flex-1 flex-wrap items-center gap-2">
                {i === 0 ? (
                  <span className="w-full text-sm font-semibold text-green-800">{t.cover}</span>
                ) : null}
                {at > 0 ? (
                  <OrderButton {...common} order={swap(at, at - 1)} label={t.moveUp(i + 1)}>
                    ↑
                  </OrderButton>
                ) : null}
                {at >= 0 && at < ids.length - 1 ? (
                  <OrderButton {...common} order={swap(at, at + 1)} label={t.moveDown(i + 1)}>
                    ↓
                  </OrderButton>
                ) : null}
                <OrderButton
                  {...common}
                  order={ids.filter((id) => id !== p.uploadId)}
                  label={t.removeNumber(i + 1)}
                >
                  {t.remove}
                </OrderButton>
              </div>
            </li>
          );
        })}
      </ol>
      <PhotoUploadForm
        productId={productId}
        back={back}
        full={photos.length >= MAX_LISTING_PHOTOS}
        locale={locale}
      />
    </section>
  );
}
