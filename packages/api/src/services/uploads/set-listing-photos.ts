import type { Db, Prisma } from "@cho-phien/db";
import type { TSetListingPhotosInput } from "@cho-phien/validators/uploads";
import type { UserActor } from "../../actor";
import { conflict, notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { shopAccessWhere } from "../shops/shop-access";
import { actOnShop } from "../shops/shop-actor";

export const PHOTO_NOT_FOUND_MESSAGE = "Ảnh không tồn tại";

/** The images waiting for review in a listing's pendingRevision JSON, if any. */
export function pendingImagesOf(pending: Prisma.JsonValue | null): string[] | null {
  if (!pending || typeof pending !== "object" || Array.isArray(pending)) return null;
  const images = (pending as Record<string, unknown>).images;
  return Array.isArray(images) && images.every((i) => typeof i === "string") ? (images as string[]) : null;
}

/**
 * Sets a listing's photos to these uploads in this order (the first is the cover). An upload qualifies when
 * the caller uploaded it, or when it is already on this listing (so a helper can reorder the farmer's photos);
 * any other id, another farm's included, is "not found" like an unknown one. Photos are reviewed: on an
 * approved listing they wait in pendingRevision.images while the approved photos stay on sale; otherwise they
 * replace Product.images. Bumps the listing's version; `version`, when given, must be the current one.
 */
export async function setListingPhotos(db: Db, actor: UserActor, input: TSetListingPhotosInput) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: input.productId, shop: shopAccessWhere(actor) },
      select: {
        id: true,
        shopId: true,
        listingStatus: true,
        images: true,
        pendingRevision: true,
        version: true,
      },
    });
    if (!product) throw notFound("Không tìm thấy sản phẩm này trong gian hàng của bạn");
    const shopActor = await actOnShop(tx, actor, product.shopId);
    if (input.version !== undefined && input.version !== product.version) {
      throw conflict("Sản phẩm vừa được sửa ở nơi khác, vui lòng tải lại trang", "STALE_VERSION");
    }

    const onListing = new Set([...product.images, ...(pendingImagesOf(product.pendingRevision) ?? [])]);
    const uploads = await tx.upload.findMany({
      where: { id: { in: input.uploadIds } },
      select: { id: true, ownerId: true, path: true },
    });
    const byId = new Map(uploads.map((u) => [u.id, u]));
    const paths = input.uploadIds.map((id) => {
      const u = byId.get(id);
      if (!u || (u.ownerId !== actor.id && !onListing.has(u.path))) throw notFound(PHOTO_NOT_FOUND_MESSAGE);
      return u.path;
    });

    const reviewed = product.listingStatus === "approved";
    const pending =
      product.pendingRevision &&
      typeof product.pendingRevision === "object" &&
      !Array.isArray(product.pendingRevision)
        ? (product.pendingRevision as Prisma.JsonObject)
        : {};
    const { count } = await tx.product.updateMany({
      where: { id: product.id, version: product.version },
      data: {
        ...(reviewed ? { pendingRevision: { ...pending, images: paths } } : { images: paths }),
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw conflict("Sản phẩm vừa được sửa ở nơi khác, vui lòng tải lại trang", "STALE_VERSION");

    await appendAudit(tx, {
      actorId: shopActor.id,
      actorRole: shopActor.role,
      action: "listing.photos_set",
      entityType: "Product",
      entityId: product.id,
      data: { uploadIds: input.uploadIds, paths, pendingReview: reviewed },
    });
    return { productId: product.id, images: paths, pendingReview: reviewed, version: product.version + 1 };
  });
}
