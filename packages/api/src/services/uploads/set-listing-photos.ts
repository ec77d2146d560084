import type { Db, Prisma } from "@cho-phien/db";
import type { TSetListingPhotosInput } from "@cho-phien/validators/uploads";
import type { UserActor } from "../../actor";
import { conflict, notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { parsePendingRevision, pendingImagesOf } from "../listings/pending-revision";
import { jsonArray, type ListingImage, replaceProductImages } from "../listings/replace-product-images";
import { shopAccessWhere } from "../shops/shop-access";
import { actOnShop } from "../shops/shop-actor";
import { PHOTO_UPLOAD_WHERE } from "./photo-upload";

/** Said for an unknown id and for another person's photo alike: ids of other farms' photos stay unconfirmed. */
export const PHOTO_NOT_FOUND_MESSAGE = "Ảnh không tồn tại hoặc không phải ảnh bạn đã tải lên";

const STALE_MESSAGE = "Sản phẩm vừa được sửa ở nơi khác, vui lòng tải lại trang";

/**
 * Sets a listing's photos to these uploads in this order (the first is the cover), each with its size and
 * resized copies from the upload and, as its description, the listing's title (or the one it already had
 * here). An upload qualifies when the caller uploaded it, or when it is already on this listing (so a helper
 * can reorder the farmer's photos); any other id, another farm's included, is refused as "not found".
 *
 * Photos are reviewed: on a listing that was approved (on sale, or paused after approval) the new list waits
 * in pendingRevision.images while buyers keep seeing the approved photos, and a changed list must be sent for
 * review again; otherwise the ProductImage rows are replaced at once. Either way in one transaction, and the
 * listing's version is bumped; `version`, when given, must be the current one.
 */
export async function setListingPhotos(db: Db, actor: UserActor, input: TSetListingPhotosInput) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: input.productId, shop: shopAccessWhere(actor) },
      select: {
        id: true,
        shopId: true,
        title: true,
        listingStatus: true,
        approvedAt: true,
        pendingRevision: true,
        revisionSubmittedAt: true,
        version: true,
        images: { select: { path: true, alt: true, uploadId: true } },
      },
    });
    if (!product) throw notFound("Không tìm thấy sản phẩm này trong gian hàng của bạn");
    const shopActor = await actOnShop(tx, actor, product.shopId);
    if (input.version !== undefined && input.version !== product.version) {
      throw conflict(STALE_MESSAGE, "STALE_VERSION");
    }

    const pending = parsePendingRevision(product.pendingRevision);
    const pendingImages = pendingImagesOf(pending);
    // What is on the listing now (live or proposed), by upload id and, for rows without one, by path.
    const onListing = new Map<string, string>();
    for (const img of [...product.images, ...(pendingImages ?? [])]) {
      if (img.uploadId) onListing.set(img.uploadId, img.alt);
      onListing.set(img.path, img.alt);
    }
    const uploads = await tx.upload.findMany({
      where: { id: { in: input.uploadIds }, ...PHOTO_UPLOAD_WHERE },
      select: { id: true, ownerId: true, path: true, width: true, height: true, variants: true },
    });
    const byId = new Map(uploads.map((u) => [u.id, u]));
    const images: ListingImage[] = input.uploadIds.map((id) => {
      const u = byId.get(id);
      const alt = u && (onListing.get(u.id) ?? onListing.get(u.path));
      if (!u || (u.ownerId !== actor.id && alt === undefined)) throw notFound(PHOTO_NOT_FOUND_MESSAGE);
      return {
        path: u.path,
        alt: alt || product.title,
        width: u.width,
        height: u.height,
        variants: jsonArray(u.variants),
        uploadId: u.id,
      };
    });

    // The same rule as the edit form (updateListing): once approved, changes wait for review.
    const reviewed =
      product.listingStatus === "approved" ||
      (product.listingStatus === "archived" && product.approvedAt !== null);
    const changed = JSON.stringify(pendingImages) !== JSON.stringify(images);
    const proposal: Prisma.ProductUpdateManyMutationInput = {
      pendingRevision: { ...pending, images } as unknown as Prisma.InputJsonObject,
      // A changed proposal must be sent for review again; an unchanged one keeps its place in the queue.
      revisionSubmittedAt: changed ? null : product.revisionSubmittedAt,
    };
    // The version check first: it locks the product row, so two saves of the photos run one after the other
    // and the later, stale one is refused before it touches any photo row.
    const { count } = await tx.product.updateMany({
      where: { id: product.id, version: product.version },
      data: { ...(reviewed ? proposal : {}), version: { increment: 1 } },
    });
    if (count === 0) throw conflict(STALE_MESSAGE, "STALE_VERSION");
    if (!reviewed) await replaceProductImages(tx, product.id, images);

    await appendAudit(tx, {
      actorId: shopActor.id,
      actorRole: shopActor.role,
      action: "listing.photos_set",
      entityType: "Product",
      entityId: product.id,
      data: { uploadIds: input.uploadIds, paths: images.map((i) => i.path), pendingReview: reviewed },
    });
    return { productId: product.id, images, pendingReview: reviewed, version: product.version + 1 };
  });
}
