import { z } from "zod";
import { DISTRICT_AUTHORITY_MESSAGE, signedByAbolishedDistrict } from "./ocop";
import { ZPage, ZRowId } from "./pagination";

/** A listing's review status (the Prisma enum ListingStatus); the flow between them is the API's transition table. */
export const LISTING_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "rejected",
  "changes_requested",
  "archived",
] as const;
export type TListingStatus = (typeof LISTING_STATUSES)[number];

/** The seller's own listings (dashboard /seller), by shop and status. */
// `prefault({})`: the whole input may be omitted and the inner defaults still apply.
export const ZMyProductsInput = z
  .object({
    shopId: ZRowId.optional(),
    status: z.enum(LISTING_STATUSES, { error: "Trạng thái không hợp lệ" }).optional(),
    page: ZPage,
  })
  .prefault({});
export type TMyProductsInput = z.input<typeof ZMyProductsInput>;

// ---------------------------------------------------------------------------------------------------------
// Creating and editing a listing (dashboard /seller/listings/new and /seller/listings/[id]).

export const LISTING_TITLE_MAX = 120;
export const LISTING_DESCRIPTION_MAX = 5000;
export const LISTING_PRICE_MIN = 1_000;
export const LISTING_PRICE_MAX = 1_000_000_000;
export const LISTING_STOCK_MAX = 1_000_000;
/** An OCOP certificate is valid for at most 36 months from signing. */
export const OCOP_VALID_MONTHS_MAX = 36;
export const OCOP_LEVELS = ["central", "province", "other"] as const;
export type TOcopLevel = (typeof OCOP_LEVELS)[number];
export const OCOP_LEVEL_LABEL: Record<TOcopLevel, string> = {
  central: "Trung ương",
  province: "Tỉnh, thành phố",
  other: "Khác",
};

/** Drops control characters except line breaks and tabs; line breaks become "\n". */
function cleanText(s: string): string {
  return (
    s
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
      .trim()
  );
}

/** One line of text (a title, a unit): NFC, trimmed, no line breaks, between `min` and `max` characters. */
function line(label: string, min: number, max: number) {
  return z
    .string({ error: `${label} không hợp lệ` })
    .max(max * 4, { error: `${label} tối đa ${max} ký tự` })
    .transform((s) => cleanText(s).replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(min, {
          error: min <= 1 ? `Vui lòng nhập ${label.toLowerCase()}` : `${label} cần ít nhất ${min} ký tự`,
        })
        .max(max, { error: `${label} tối đa ${max} ký tự` }),
    );
}

/** Optional one-line text: empty means "not given" (null). */
function optionalLine(label: string, max: number) {
  return z
    .preprocess(
      (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v),
      z
        .string({ error: `${label} không hợp lệ` })
        .max(max * 4, { error: `${label} tối đa ${max} ký tự` })
        .transform((s) => cleanText(s).replace(/\s+/g, " "))
        .pipe(z.string().max(max, { error: `${label} tối đa ${max} ký tự` }))
        .nullish(),
    )
    .transform((v) => v ?? null);
}

/**
 * A whole number typed the Vietnamese way ("50.000", "50 000 ₫") or the English way ("50,000"): separators
 * followed by groups of three digits are thousands separators, as in the search's price filter. Anything else
 * with a "." or "," is a fraction ("2,5" → 2.5) and is then refused as not whole. Empty means not given.
 */
export function parseWholeNumberText(v: unknown): unknown {
  if (typeof v !== "string") return v;
  let s = v.normalize("NFC").replace(/[₫đ]/gi, "").trim();
  if (s === "") return undefined;
  if (/^-?\d{1,3}([.,\s]\d{3})+$/.test(s)) s = s.replace(/[.,\s]/g, "");
  else s = s.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

function wholeNumberCheck(label: string, min: number, max: number, unit = "") {
  const fmt = (n: number) => n.toLocaleString("vi-VN").replace(/,/g, ".");
  return z
    .number({
      error: (iss) =>
        iss.input === undefined ? `Vui lòng nhập ${label.toLowerCase()}` : `${label} phải là số`,
    })
    .int({ error: `${label} phải là số nguyên, không có phần lẻ` })
    .min(0, { error: `${label} không được âm`, abort: true })
    .min(min, { error: `${label} tối thiểu ${fmt(min)}${unit}` })
    .max(max, { error: `${label} tối đa ${fmt(max)}${unit}` });
}

function wholeNumber(label: string, min: number, max: number, unit = "") {
  return z.preprocess(parseWholeNumberText, wholeNumberCheck(label, min, max, unit));
}

/** Empty (or null) means not given. */
function optionalWholeNumber(label: string, min: number, max: number, unit = "") {
  return z.preprocess(
    (v) => (v === null ? undefined : parseWholeNumberText(v)),
    wholeNumberCheck(label, min, max, unit).optional(),
  );
}

const price = (label: string) => wholeNumber(label, LISTING_PRICE_MIN, LISTING_PRICE_MAX, " ₫");
const optionalPrice = (label: string) =>
  optionalWholeNumber(label, LISTING_PRICE_MIN, LISTING_PRICE_MAX, " ₫");
const stock = wholeNumber("Số lượng còn", 0, LISTING_STOCK_MAX);

const categorySlug = z
  .string({ error: "Vui lòng chọn danh mục" })
  .trim()
  .min(1, { error: "Vui lòng chọn danh mục" })
  .max(120, { error: "Danh mục không hợp lệ" })
  .regex(/^[a-z0-9-]+$/, { error: "Danh mục không hợp lệ" });

/**
 * What the farmer types about a product. Text is plain text (line breaks kept in the description): it is
 * stored as typed and shown escaped, so markup is inert. Money is whole đồng.
 */
export const ZListingFields = z
  .object({
    title: line("Tên sản phẩm", 3, LISTING_TITLE_MAX),
    categorySlug,
    description: z
      .preprocess(
        (v) => (v === null ? undefined : v),
        z
          .string({ error: "Mô tả không hợp lệ" })
          .max(LISTING_DESCRIPTION_MAX * 2, { error: `Mô tả tối đa ${LISTING_DESCRIPTION_MAX} ký tự` })
          .transform(cleanText)
          .pipe(
            z
              .string()
              .max(LISTING_DESCRIPTION_MAX, { error: `Mô tả tối đa ${LISTING_DESCRIPTION_MAX} ký tự` }),
          )
          .optional(),
      )
      .transform((v) => v ?? ""),
    unit: line("Đơn vị bán", 1, 20),
    priceVnd: price("Giá bán"),
    compareAtPriceVnd: optionalPrice("Giá gốc"),
    stock,
    maxPerOrder: optionalWholeNumber("Số lượng tối đa mỗi đơn", 1, 1000).transform((v) => v ?? 50),
    weightGrams: wholeNumber("Khối lượng (gam)", 1, 50_000, " g"),
    harvestSeason: optionalLine("Mùa vụ", 100),
    origin: optionalLine("Xuất xứ", 120),
  })
  .refine((f) => f.compareAtPriceVnd === undefined || f.compareAtPriceVnd > f.priceVnd, {
    message: "Giá gốc phải cao hơn giá bán (hoặc để trống)",
    path: ["compareAtPriceVnd"],
  });
export type TListingFieldsInput = z.input<typeof ZListingFields>;
export type TListingFields = z.output<typeof ZListingFields>;

const ocopDate = (label: string) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.date({
      error: (iss) =>
        iss.input === undefined ? `Vui lòng nhập ${label.toLowerCase()}` : `${label} không hợp lệ`,
    }),
  );

/** Adds calendar months (UTC), for the certificate's validity limit. */
export function addMonthsUtc(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
}

/** The farm's OCOP claim on a listing, as printed on the certificate; a reviewer checks it (status pending). */
export const ZOcopClaim = z
  .object({
    stars: z.preprocess(
      parseWholeNumberText,
      z
        .number({ error: "Chọn số sao OCOP (3 đến 5)" })
        .int({ error: "Chọn số sao OCOP (3 đến 5)" })
        .min(3, { error: "OCOP từ 3 đến 5 sao" })
        .max(5, { error: "OCOP từ 3 đến 5 sao" }),
    ),
    decisionNumber: line("Số quyết định", 1, 100),
    issuingAuthority: line("Cơ quan cấp", 1, 200),
    issuingLevel: z.enum(OCOP_LEVELS, { error: "Cấp quyết định không hợp lệ" }),
    signedAt: ocopDate("Ngày ký"),
    expiresAt: ocopDate("Ngày hết hạn"),
    productGroup: optionalLine("Nhóm sản phẩm", 100),
    producer: optionalLine("Chủ thể sản xuất", 200),
  })
  .refine((c) => c.signedAt.getTime() <= Date.now() + 24 * 3600_000, {
    message: "Ngày ký không được ở tương lai",
    path: ["signedAt"],
  })
  .refine((c) => c.expiresAt.getTime() > c.signedAt.getTime(), {
    message: "Ngày hết hạn phải sau ngày ký",
    path: ["expiresAt"],
  })
  .refine((c) => c.expiresAt.getTime() <= addMonthsUtc(c.signedAt, OCOP_VALID_MONTHS_MAX).getTime(), {
    message: `Chứng nhận OCOP có hiệu lực tối đa ${OCOP_VALID_MONTHS_MAX} tháng kể từ ngày ký`,
    path: ["expiresAt"],
  })
  .refine((c) => !signedByAbolishedDistrict(c), {
    message: DISTRICT_AUTHORITY_MESSAGE,
    path: ["issuingAuthority"],
  });
export type TOcopClaimInput = z.input<typeof ZOcopClaim>;
export type TOcopClaim = z.output<typeof ZOcopClaim>;

const BAD_INPUT = "Yêu cầu không hợp lệ, vui lòng tải lại trang";

const version = z.preprocess(
  parseWholeNumberText,
  z
    .number({ error: "Phiên bản không hợp lệ, vui lòng tải lại trang" })
    .int({ error: "Phiên bản không hợp lệ, vui lòng tải lại trang" })
    .min(1, { error: "Phiên bản không hợp lệ, vui lòng tải lại trang" })
    .max(2_000_000_000, { error: "Phiên bản không hợp lệ, vui lòng tải lại trang" }),
);

/** A new listing (a draft) in one of the caller's shops. `ocop` omitted or null: no OCOP claim. */
export const ZCreateListingInput = z.object(
  {
    shopId: ZRowId,
    fields: ZListingFields,
    ocop: ZOcopClaim.nullish(),
  },
  { error: BAD_INPUT },
);
export type TCreateListingInput = z.input<typeof ZCreateListingInput>;

/**
 * A save of the edit form: `version` is the one the form was loaded with (a stale save is refused).
 * `ocop`: omitted = unchanged, null = withdraw the claim, an object = the claim as now typed.
 */
export const ZUpdateListingInput = z.object(
  {
    productId: ZRowId,
    version,
    fields: ZListingFields,
    ocop: ZOcopClaim.nullish(),
  },
  { error: BAD_INPUT },
);
export type TUpdateListingInput = z.input<typeof ZUpdateListingInput>;

/** A step on one listing (submit, pause, restore, duplicate, open); `version` when the screen knows it. */
export const ZListingActionInput = z.object(
  {
    productId: ZRowId,
    version: version.optional(),
  },
  { error: BAD_INPUT },
);
export type TListingActionInput = z.input<typeof ZListingActionInput>;

/** From the product list: a new price or stock, published at once. */
export const ZQuickEditInput = z
  .object(
    {
      productId: ZRowId,
      priceVnd: optionalPrice("Giá bán"),
      stock: optionalWholeNumber("Số lượng còn", 0, LISTING_STOCK_MAX),
    },
    { error: BAD_INPUT },
  )
  .refine((q) => q.priceVnd !== undefined || q.stock !== undefined, {
    message: "Nhập giá hoặc số lượng mới",
    path: ["priceVnd"],
  });
export type TQuickEditInput = z.input<typeof ZQuickEditInput>;
