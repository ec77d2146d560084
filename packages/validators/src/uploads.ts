import { z } from "zod";
import { ZRowId } from "./pagination";

/** How many photos one listing shows. */
export const MAX_LISTING_PHOTOS = 8;

/** The listing's photos, in the order the farm wants them shown (the first is the cover). */
export const ZSetListingPhotosInput = z.object({
  productId: ZRowId,
  uploadIds: z
    .array(ZRowId, { error: "Danh sách ảnh không hợp lệ" })
    .max(MAX_LISTING_PHOTOS, { error: `Mỗi sản phẩm tối đa ${MAX_LISTING_PHOTOS} ảnh` })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Một ảnh được chọn hai lần" }),
  /** The listing version the farm was looking at; a newer one means someone else changed it meanwhile. */
  version: z.coerce
    .number({ error: "Phiên bản không hợp lệ" })
    .int({ error: "Phiên bản không hợp lệ" })
    .min(1, { error: "Phiên bản không hợp lệ" })
    .optional(),
});
export type TSetListingPhotosInput = z.infer<typeof ZSetListingPhotosInput>;

/** The listing whose photos a page shows and edits. */
export const ZListingPhotosInput = z.object({ productId: ZRowId });
export type TListingPhotosInput = z.infer<typeof ZListingPhotosInput>;
