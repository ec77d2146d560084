import type { Prisma } from "@cho-phien/db";

/** One resized WebP copy of a photo (storeUpload makes them), for an <img srcset>. */
export interface PhotoVariant {
  width: number;
  height: number;
  path: string;
}

/**
 * A listing's cover on a card, in the cart or a list: its size lets the page reserve the space (no layout
 * shift) and its copies let a 360 px phone download the small one. width/height are null for photos whose
 * size was never recorded (migrated from the old path list).
 */
export interface PhotoCover {
  /** The served path of the largest copy. */
  path: string;
  width: number | null;
  height: number | null;
  /** Smallest first; empty for a picture with one size (the generated demo SVGs). */
  variants: PhotoVariant[];
}

/** One photo on the product page, with the text a screen reader says for it. */
export interface ProductPhoto extends PhotoCover {
  alt: string;
}

export const PRODUCT_PHOTO_SELECT = {
  path: true,
  alt: true,
  width: true,
  height: true,
  variants: true,
} as const satisfies Prisma.ProductImageSelect;

/** A product's photos in the farm's order (position 0 is the cover), for `select: { images: … }`. */
export const PRODUCT_PHOTOS = {
  select: PRODUCT_PHOTO_SELECT,
  orderBy: { position: "asc" },
} as const satisfies Prisma.Product$imagesArgs;

/** The cover alone; the (productId, position) index answers it. */
export const COVER_PHOTO = { ...PRODUCT_PHOTOS, take: 1 } as const satisfies Prisma.Product$imagesArgs;

const positiveInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v > 0;

/**
 * The copies listed in ProductImage.variants (JSON, so read defensively): well-formed entries only, smallest
 * first. `bytes` is dropped: pages have no use for it.
 */
export function photoVariants(json: unknown): PhotoVariant[] {
  if (!Array.isArray(json)) return [];
  const out: PhotoVariant[] = [];
  for (const v of json) {
    if (!v || typeof v !== "object") continue;
    const { width, height, path } = v as Record<string, unknown>;
    if (positiveInt(width) && positiveInt(height) && typeof path === "string" && path) {
      out.push({ width, height, path });
    }
  }
  return out.sort((a, b) => a.width - b.width);
}

type PhotoRow = { path: string; width: number | null; height: number | null; variants: unknown };

export function toPhotoCover(row: PhotoRow): PhotoCover;
export function toPhotoCover(row: PhotoRow | null | undefined): PhotoCover | null;
export function toPhotoCover(row: PhotoRow | null | undefined): PhotoCover | null {
  if (!row) return null;
  return { path: row.path, width: row.width, height: row.height, variants: photoVariants(row.variants) };
}

export function toProductPhoto(row: PhotoRow & { alt: string }): ProductPhoto {
  return { ...toPhotoCover(row), alt: row.alt };
}
