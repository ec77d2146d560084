/** A product photo as the API hands it out (a card's cover, a product page photo, a seller's thumbnail). */
export interface PhotoSource {
  /** The served path of the largest copy. */
  path: string;
  /** Null when the size was never recorded (photos from before sizes were stored). */
  width: number | null;
  height: number | null;
  /** Resized copies, smallest first; empty for a picture that has one size. */
  variants: readonly { width: number; path: string }[];
}

export interface PhotoAttrs {
  src: string;
  width: number;
  height: number;
  srcSet?: string;
  sizes?: string;
}

/**
 * The <img> attributes for a photo, spread onto the tag: its own width and height when recorded (else
 * `fallback`, the slot's ratio), so the browser reserves the space and nothing moves when it arrives; and, when
 * there are resized copies, a srcset with the slot's `sizes`, so a 360 px phone fetches the 320 or 640 copy
 * instead of the 1280 one. `url` maps a stored path to the URL the page uses (the dashboard shows photos from
 * the storefront's origin). Plain attributes, no component: pages keep their own <img> and work without JS.
 */
export function photoAttrs(
  photo: PhotoSource,
  opts: { sizes: string; fallback: { width: number; height: number }; url?: (path: string) => string },
): PhotoAttrs {
  const url = opts.url ?? ((p: string) => p);
  const sized = photo.width && photo.height ? { width: photo.width, height: photo.height } : opts.fallback;
  const copies = photo.variants.filter((v) => v.width > 0 && v.path);
  return {
    src: url(photo.path),
    ...sized,
    ...(copies.length > 1
      ? { srcSet: copies.map((v) => `${url(v.path)} ${v.width}w`).join(", "), sizes: opts.sizes }
      : {}),
  };
}
