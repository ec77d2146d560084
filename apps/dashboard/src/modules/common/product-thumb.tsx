import { type PhotoSource, photoAttrs } from "@cho-phien/ui/photo-attrs";
import { getLocale } from "~/i18n/get-locale";
import { storefrontImage } from "~/server/storefront";
import { commonMessages } from "./messages";

/**
 * A small square photo from the storefront, or a neutral box when the listing has none yet (its words in the
 * request's language: a server component that reads the locale itself, so no caller passes it down).
 */
export async function ProductThumb({
  image,
  size = 72,
}: {
  /** The cover as the API returns it (with its resized copies), or a bare path. */
  image: PhotoSource | string | null;
  size?: number;
}) {
  if (!image) {
    return (
      <div
        className="flex shrink-0 items-center justify-center rounded-lg bg-stone-200 text-xs text-stone-500"
        style={{ width: size, height: size }}
      >
        {commonMessages(await getLocale()).noPhoto}
      </div>
    );
  }
  const photo = typeof image === "string" ? { path: image, width: null, height: null, variants: [] } : image;
  // The box is a fixed square whatever the photo's shape, hence width/height = size; the srcset lets a phone
  // fetch the 320 px copy instead of the full-size photo.
  const { src, srcSet, sizes } = photoAttrs(photo, {
    sizes: `${size}px`,
    fallback: { width: size, height: size },
    url: storefrontImage,
  });
  return (
    // Plain <img>: the picture lives on the storefront's origin; lazy so a long list does not pull every
    // photo over a slow connection.
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      className="shrink-0 rounded-lg bg-stone-200 object-cover"
      style={{ width: size, height: size }}
    />
  );
}
