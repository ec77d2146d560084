import { z } from "zod";
import { ZOrderCode } from "./orders";
import { ZPage, ZRowId, zPageSize } from "./pagination";

export const RATING_COMMENT_MAX = 1000;

export const ZRateProductInput = z.object({
  orderCode: ZOrderCode,
  productId: ZRowId,
  stars: z.coerce
    .number({ error: "Vui lòng chọn số sao" })
    .int({ error: "Số sao là số nguyên từ 1 đến 5" })
    .min(1, { error: "Ít nhất 1 sao" })
    .max(5, { error: "Nhiều nhất 5 sao" }),
  comment: z
    .string()
    .transform((s) => s.normalize("NFC").trim())
    .pipe(z.string().max(RATING_COMMENT_MAX, { error: `Nhận xét tối đa ${RATING_COMMENT_MAX} ký tự` }))
    .optional(),
});
export type TRateProductInput = z.infer<typeof ZRateProductInput>;

export const ZProductRatingsInput = z.object({
  productId: ZRowId,
  page: ZPage,
  pageSize: zPageSize({ max: 50, default: 10, noun: "nhận xét" }),
});
export type TProductRatingsInput = z.infer<typeof ZProductRatingsInput>;

export const ZReplyToRatingInput = z.object({
  reviewId: ZRowId,
  reply: z
    .string({ error: "Vui lòng nhập câu trả lời" })
    .transform((s) => s.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "Vui lòng nhập câu trả lời" })
        .max(RATING_COMMENT_MAX, { error: `Câu trả lời tối đa ${RATING_COMMENT_MAX} ký tự` }),
    ),
});
export type TReplyToRatingInput = z.infer<typeof ZReplyToRatingInput>;

/** The farm's ratings screen lists this many per page. */
export const SHOP_RATINGS_PAGE_SIZE = 20;

/**
 * The ratings of the farms the caller manages, newest first: one shop (`shopId`, which must be one of theirs)
 * or all of them.
 */
export const ZShopRatingsInput = z.object({
  shopId: ZRowId.optional(),
  page: ZPage,
});
export type TShopRatingsInput = z.infer<typeof ZShopRatingsInput>;
