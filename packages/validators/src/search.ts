import { z } from "zod";
import { PROVINCE_CODES } from "./provinces";

export const SEARCH_QUERY_MAX = 200;
export const SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const;

const slug = z.string().max(120).regex(/^[a-z0-9-]+$/, { error: "Mã danh mục không hợp lệ" });

/**
 * Catalog search and listing filters. Text is normalised to NFC so NFD input (as some phone keyboards
 * send it) matches; length is capped so a 10,000-character query is a clear 400, not a slow scan.
 */
export const ZSearchInput = z
  .object({
    q: z
      .string()
      .max(SEARCH_QUERY_MAX, { error: `Từ khóa tối đa ${SEARCH_QUERY_MAX} ký tự` })
      .transform((s) => s.normalize("NFC").trim())
      .optional(),
    category: slug.optional(),
    province: z.enum(PROVINCE_CODES, { error: "Tỉnh/thành không hợp lệ" }).optional(),
    ocopStars: z.coerce.number().int().min(3, { error: "OCOP từ 3 đến 5 sao" }).max(5, { error: "OCOP từ 3 đến 5 sao" }).optional(),
    minPrice: z.coerce.number().int().min(0).max(1_000_000_000).optional(),
    maxPrice: z.coerce.number().int().min(0).max(1_000_000_000).optional(),
    sort: z.enum(SORTS).default("relevance"),
    page: z.coerce.number().int().min(1).max(500).default(1),
    pageSize: z.coerce.number().int().min(1).max(60).default(24),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    message: "Giá thấp nhất phải nhỏ hơn giá cao nhất",
    path: ["minPrice"],
  });

export type TSearchInput = z.input<typeof ZSearchInput>;
export type TSearchQuery = z.output<typeof ZSearchInput>;

export const ZSlug = z.string().min(1).max(160).regex(/^[a-z0-9-]+$/, { error: "Đường dẫn không hợp lệ" });
