import { type PhotoAttrs, type PhotoSource, photoAttrs } from "@cho-phien/ui/photo-attrs";

/** The listing's first photo, or the generated picture named after its slug. */
export function productImage(slug: string, image: string | null | undefined): string {
  return image || `/img/products/${slug}.svg`;
}

export function categoryImage(slug: string): string {
  return `/img/categories/${slug}.svg`;
}

/** Pictures are 4:3 (the generated SVGs are 400×300); width/height let the browser reserve space (no layout shift). */
export const IMAGE_WIDTH = 400;
export const IMAGE_HEIGHT = 300;

/**
 * How wide each photo slot is drawn, for `sizes` (the page is at most max-w-6xl = 1152 px): a card is half
 * the screen on a phone, a third from sm, a quarter from lg; the product photo is the whole width, half from
 * md; its thumbnails a quarter of that; the cart's is w-24.
 */
export const CARD_SIZES =
  "(min-width: 1152px) 270px, (min-width: 1024px) 24vw, (min-width: 640px) 32vw, 48vw";
export const PRODUCT_PHOTO_SIZES = "(min-width: 1152px) 560px, (min-width: 768px) 50vw, 100vw";
export const PRODUCT_THUMB_SIZES = "(min-width: 1152px) 135px, (min-width: 768px) 12vw, 24vw";
export const CART_THUMB_SIZES = "96px";

/**
 * src, width, height and (for uploaded photos) srcset/sizes of a product photo, or of the generated picture
 * named after the slug when the listing has none.
 */
export function productPhoto(slug: string, photo: PhotoSource | null | undefined, sizes: string): PhotoAttrs {
  if (!photo) return { src: productImage(slug, null), width: IMAGE_WIDTH, height: IMAGE_HEIGHT };
  return photoAttrs(photo, { sizes, fallback: { width: IMAGE_WIDTH, height: IMAGE_HEIGHT } });
}
