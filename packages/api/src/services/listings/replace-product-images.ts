import type { DbTx, Prisma } from "@cho-phien/db";

/**
 * A photo as a listing holds it: live in ProductImage, or proposed in `pendingRevision.images` (the same
 * shape, so approving the proposal copies it as it is). `uploadId` is null for photos not uploaded through
 * the dashboard (demo pictures, rows migrated from the old path list).
 */
export interface ListingImage {
  /** The served path of the largest copy. */
  path: string;
  alt: string;
  width: number | null;
  height: number | null;
  /** The copies as storeUpload recorded them ([{ width, height, path, bytes }], smallest first), verbatim. */
  variants: Prisma.JsonArray;
  uploadId: string | null;
}

/** A JSON column that should hold a list (ProductImage.variants, Upload.variants), as one. */
export function jsonArray(json: Prisma.JsonValue | undefined): Prisma.JsonArray {
  return Array.isArray(json) ? json : [];
}

/**
 * Makes these the product's photos, in this order (position 0 is the cover): the old rows go and new ones are
 * written, so a reorder never leaves two covers or a gap. Call it inside the transaction that changes the
 * listing: on its own it could leave a product with no photos.
 */
export async function replaceProductImages(
  tx: DbTx,
  productId: string,
  images: readonly ListingImage[],
): Promise<void> {
  await tx.productImage.deleteMany({ where: { productId } });
  if (images.length === 0) return;
  await tx.productImage.createMany({
    data: images.map((img, position) => ({
      productId,
      position,
      path: img.path,
      alt: img.alt,
      width: img.width,
      height: img.height,
      variants: img.variants as Prisma.InputJsonArray,
      uploadId: img.uploadId,
    })),
  });
}
