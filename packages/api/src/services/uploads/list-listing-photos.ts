import type { DbTx } from "@cho-phien/db";
import type { TListingPhotosInput } from "@cho-phien/validators/uploads";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { shopAccessWhere } from "../shops/shop-access";
import { pendingImagesOf } from "./set-listing-photos";

/**
 * A listing's photos as the farm edits them: the pending ones when a change awaits review, else the live ones,
 * each with its upload id when it was uploaded here (older demo photos have none and can only be removed).
 */
export async function listListingPhotos(db: DbTx, actor: UserActor, input: TListingPhotosInput) {
  const product = await db.product.findFirst({
    where: { id: input.productId, shop: shopAccessWhere(actor) },
    select: {
      id: true,
      title: true,
      listingStatus: true,
      images: true,
      pendingRevision: true,
      version: true,
    },
  });
  if (!product) throw notFound("Không tìm thấy sản phẩm này trong gian hàng của bạn");
  const pending = pendingImagesOf(product.pendingRevision);
  const paths = pending ?? product.images;
  const uploads = await db.upload.findMany({
    where: { path: { in: paths } },
    select: { id: true, path: true, width: true, height: true },
  });
  const byPath = new Map(uploads.map((u) => [u.path, u]));
  return {
    productId: product.id,
    title: product.title,
    listingStatus: product.listingStatus,
    version: product.version,
    pendingReview: pending !== null,
    photos: paths.map((path) => {
      const u = byPath.get(path);
      return { path, uploadId: u?.id ?? null, width: u?.width ?? null, height: u?.height ?? null };
    }),
  };
}
