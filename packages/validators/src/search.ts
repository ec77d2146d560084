import { z } from "zod";
import { zPage, zPageSize } from "./pagination";
import { PROVINCE_CODES } from "./provinces";

export const SEARCH_QUERY_MAX = 200;
/** Search and shop pages stop at page 500: nobody reads 12,000 products, crawlers stop there too. */
export const SEARCH_PAGE_MAX = 500;
export const SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const;
export type TSort = (typeof SORTS)[number];
export const OCOP_STARS = [3, 4, 5] as const;

const slug = z
  .string()
  .max(120)
  .regex(/^[a-z0-9-]+$/, { error: "Mã danh mục không hợp lệ" });

/**
 * A price typed the Vietnamese way ("50.000", "50 000 ₫") or the English way ("50,000"). VND has no minor
 * unit, so every separator is a thousands separator and can be dropped before the number is read.
 */
const price = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[\s.,₫đ]/gi, "") : v),
  z.coerce
    .number({ error: "Giá phải là số" })
    .int({ error: "Giá tính bằng đồng, không có phần lẻ" })
    .min(0, { error: "Giá không được âm" })
    .max(1_000_000_000, { error: "Giá quá lớn" }),
);

/**
 * Catalog search and listing filters. Text is normalised to NFC so NFD input (as some phone keyboards
 * send it) matches; length is capped so a 10,000-character query is a clear 400, not a slow scan.
 */
export const ZSearchInput = z
  .object({
    q: z
      .string({ error: "Từ khóa không hợp lệ" })
      .max(SEARCH_QUERY_MAX, { error: `Từ khóa tối đa ${SEARCH_QUERY_MAX} ký tự` })
      .transform((s) => s.normalize("NFC").trim())
      .optional(),
    category: slug.optional(),
    province: z.enum(PROVINCE_CODES, { error: "Tỉnh/thành không hợp lệ" }).optional(),
    ocopStars: z.coerce
      .number({ error: "OCOP từ 3 đến 5 sao" })
      .int({ error: "OCOP từ 3 đến 5 sao" })
      .min(3, { error: "OCOP từ 3 đến 5 sao" })
      .max(5, { error: "OCOP từ 3 đến 5 sao" })
      .optional(),
    minPrice: price.optional(),
    maxPrice: price.optional(),
    sort: z.enum(SORTS, { error: "Cách sắp xếp không hợp lệ" }).default("relevance"),
    page: zPage(SEARCH_PAGE_MAX),
    pageSize: zPageSize({ max: 60, default: 24, noun: "sản phẩm" }),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    message: "Giá thấp nhất phải nhỏ hơn giá cao nhất",
    path: ["minPrice"],
  });

export type TSearchInput = z.input<typeof ZSearchInput>;
export type TSearchQuery = z.output<typeof ZSearchInput>;

export const ZSlug = z
  .string({ error: "Đường dẫn không hợp lệ" })
  .min(1, { error: "Đường dẫn không hợp lệ" })
  .max(160, { error: "Đường dẫn không hợp lệ" })
  .regex(/^[a-z0-9-]+$/, { error: "Đường dẫn không hợp lệ" });

/** A product, category or shop addressed by its URL slug. */
export const ZSlugInput = z.object({ slug: ZSlug });
export type TSlugInput = z.infer<typeof ZSlugInput>;

/** A shop page: the shop by slug and one page of its listings. */
export const ZShopPageInput = z.object({
  slug: ZSlug,
  page: zPage(SEARCH_PAGE_MAX),
});
export type TShopPageInput = z.input<typeof ZShopPageInput>;

export const PUBLIC_PAGE_KINDS = ["product", "category", "shop"] as const;
export type TPublicPageKind = (typeof PUBLIC_PAGE_KINDS)[number];

/**
 * Whether a product, category or shop page exists (the storefront asks before rendering, to answer a dead
 * link with a real 404). Any string is a fair question: a malformed slug simply names no page.
 */
export const ZPageExistsInput = z.object({
  kind: z.enum(PUBLIC_PAGE_KINDS, { error: "Loại trang không hợp lệ" }),
  slug: z.string({ error: "Đường dẫn không hợp lệ" }).max(2000, { error: "Đường dẫn không hợp lệ" }),
});
export type TPageExistsInput = z.infer<typeof ZPageExistsInput>;
