import type { DbTx } from "@cho-phien/db";
import type { TListingPhotosInput } from "@cho-phien/validators/uploads";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { type PhotoVariant, photoVariants } from "../catalog/product-photo";
import { parsePendingRevision, pendingImagesOf } from "../listings/pending-revision";
import { shopAccessWhere } from "../shops/shop-access";

export interface ListingPhotoView {
  path: string;
  alt: string;
  /** null for a photo that was not uploaded here (older demo photos): it can only be removed. */
  uploadId: string | null;
  width: number | null;
  height: number | null;
  variants: PhotoVariant[];
}

/**
 * A listing's photos as the farm edits them: the pending ones when a change awaits review, else the live ones,
 * each with its upload id when it was uploaded here. Rows copied from the old path list carry no upload id;
 * the upload is then found by its path (demo pictures have none and can only be removed).
 */
export async function listListingPhotos(db: DbTx, actor: UserActor, input: TListingPhotosInput) {
  const product = await db.product.findFirst({
    where: { id: input.productId, shop: shopAccessWhere(actor) },
    select: {
      id: true,
      title: true,
      listingStatus: true,
      pendingRevision: true,
      version: true,
      images: {
        select: { path: true, alt: true, width: true, height: true, variants: true, uploadId: true },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!product) throw notFound("Không tìm thấy sản phẩm này trong gian hàng của bạn");
  const pending = pendingImagesOf(parsePendingRevision(product.pendingRevision));
  const images = pending ?? product.images;
  const unlinked = images.filter((i) => !i.uploadId).map((i) => i.path);
  const uploads = unlinked.length
    ? await db.upload.findMany({
        where: { path: { in: unlinked } },
        select: { id: true, path: true, width: true, height: true, variants: true },
      })
    : [];
  const byPath = new Map(uploads.map((u) => [u.path, u]));
  return {
    productId: product.id,
    title: product.title,
    listingStatus: product.listingStatus,
    version: product.version,
    pendingReview: pending !== null,
    photos: images.map((img): ListingPhotoView => {
      const u = img.uploadId ? null : byPath.get(img.path);
      const variants = photoVariants(img.variants);
      return {
        path: img.path,
        alt: img.alt,
        uploadId: img.uploadId ?? u?.id ?? null,
        width: img.width ?? u?.width ?? null,
        height: img.height ?? u?.height ?? null,
        variants: variants.length ? variants : photoVariants(u?.variants),
      };
    }),
  };
}
