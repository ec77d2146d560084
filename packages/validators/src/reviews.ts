import { z } from "zod";
import { parseWholeNumberText } from "./listings";
import { ZRowId, zPage } from "./pagination";
import { PROVINCE_CODES } from "./provinces";

// ---------------------------------------------------------------------------------------------------------
// The OCOP reviewers' queue (dashboard /reviewer).

/** What waits for a reviewer: a new listing, edits to one on sale, or a certificate left to check. */
export const REVIEW_KINDS = ["new", "revision", "certificate"] as const;
export type TReviewKind = (typeof REVIEW_KINDS)[number];

/** The queue's OCOP filter: items that claim an OCOP certificate, or those that do not. */
export const REVIEW_OCOP_FILTERS = ["with", "without"] as const;
export type TReviewOcopFilter = (typeof REVIEW_OCOP_FILTERS)[number];

/** The queue is short-lived work, not an archive: 50 pages of 20 is more than anyone pages through. */
export const REVIEW_QUEUE_PAGE_MAX = 50;

/** A form's empty select ("all") means "no filter". */
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZReviewQueueInput = z
  .object({
    province: z.preprocess(
      blankToUndefined,
      z.enum(PROVINCE_CODES, { error: "Tỉnh/thành không hợp lệ" }).optional(),
    ),
    category: z.preprocess(
      blankToUndefined,
      z
        .string({ error: "Danh mục không hợp lệ" })
        .max(120, { error: "Danh mục không hợp lệ" })
        .regex(/^[a-z0-9-]+$/, { error: "Danh mục không hợp lệ" })
        .optional(),
    ),
    ocop: z.preprocess(
      blankToUndefined,
      z.enum(REVIEW_OCOP_FILTERS, { error: "Bộ lọc OCOP không hợp lệ" }).optional(),
    ),
    kind: z.preprocess(
      blankToUndefined,
      z.enum(REVIEW_KINDS, { error: "Loại hồ sơ không hợp lệ" }).optional(),
    ),
    page: zPage(REVIEW_QUEUE_PAGE_MAX),
  })
  .prefault({});
export type TReviewQueueInput = z.input<typeof ZReviewQueueInput>;

/** Opening one item of the queue (it is held for the reviewer for a while). */
export const ZOpenReviewInput = z.object({ productId: ZRowId }, { error: "Yêu cầu không hợp lệ" });
export type TOpenReviewInput = z.input<typeof ZOpenReviewInput>;

// ---------------------------------------------------------------------------------------------------------
// Deciding a listing.

export const LISTING_DECISIONS = ["approve", "request_changes", "reject"] as const;
export type TListingDecision = (typeof LISTING_DECISIONS)[number];

/**
 * Why a listing goes back to the farm: a fixed checklist, so farms get the same words for the same problem
 * and the platform can count them. "other" needs the reviewer's own words (comment).
 */
export const REVIEW_REASON_CODES = [
  "unclear_photos",
  "wrong_description",
  "abnormal_price",
  "missing_origin",
  "ocop_mismatch",
  "other",
] as const;
export type TReviewReasonCode = (typeof REVIEW_REASON_CODES)[number];

/** The checklist as farms and reviewers read it (notifications and review notes are written with these). */
export const REVIEW_REASON_LABELS: Record<TReviewReasonCode, string> = {
  unclear_photos: "Ảnh không rõ",
  wrong_description: "Mô tả sai",
  abnormal_price: "Giá bất thường",
  missing_origin: "Thiếu thông tin nguồn gốc",
  ocop_mismatch: "Chứng nhận OCOP không khớp",
  other: "Khác",
};

export const REVIEW_COMMENT_MAX = 1000;

const BAD_INPUT = "Yêu cầu không hợp lệ, vui lòng tải lại trang";

/** The listing version the reviewer read: a decision is made on that version or not at all. */
const ZReviewVersion = z.preprocess(
  parseWholeNumberText,
  z
    .number({ error: "Phiên bản không hợp lệ, vui lòng tải lại trang" })
    .int({ error: "Phiên bản không hợp lệ, vui lòng tải lại trang" })
    .min(1, { error: "Phiên bản không hợp lệ, vui lòng tải lại trang" })
    .max(2_000_000_000, { error: "Phiên bản không hợp lệ, vui lòng tải lại trang" }),
);

/** A reviewer's comment: trimmed plain text; empty means none. */
const ZReviewComment = z.preprocess(
  (v) => (typeof v === "string" ? v.normalize("NFC").replace(/\r\n?/g, "\n").trim() : v),
  z
    .string({ error: "Nhận xét không hợp lệ" })
    .max(REVIEW_COMMENT_MAX, { error: `Nhận xét tối đa ${REVIEW_COMMENT_MAX} ký tự` })
    .optional()
    .transform((s) => (s ? s : undefined)),
);

export const ZDecideListingInput = z
  .object(
    {
      productId: ZRowId,
      version: ZReviewVersion,
      decision: z.enum(LISTING_DECISIONS, { error: "Vui lòng chọn quyết định" }),
      reasonCode: z.preprocess(
        blankToUndefined,
        z.enum(REVIEW_REASON_CODES, { error: "Lý do không hợp lệ" }).optional(),
      ),
      comment: ZReviewComment,
    },
    { error: BAD_INPUT },
  )
  .superRefine((v, ctx) => {
    if (v.decision === "approve") return;
    if (!v.reasonCode) {
      ctx.addIssue({
        code: "custom",
        path: ["reasonCode"],
        message:
          v.decision === "reject" ? "Vui lòng chọn lý do từ chối" : "Vui lòng chọn lý do cần nhà vườn sửa",
      });
    }
    if (v.decision === "reject" && !v.comment) {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Vui lòng ghi rõ lý do từ chối để nhà vườn hiểu",
      });
    } else if (v.reasonCode === "other" && !v.comment) {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Lý do “Khác”: vui lòng ghi rõ cần sửa gì",
      });
    }
  })
  // Approving carries no reason: a stray checklist value from the form is dropped, not stored.
  .transform((v) => (v.decision === "approve" ? { ...v, reasonCode: undefined } : v));
export type TDecideListingInput = z.input<typeof ZDecideListingInput>;
export type TDecideListing = z.output<typeof ZDecideListingInput>;

// ---------------------------------------------------------------------------------------------------------
// Deciding an OCOP certificate claim.

export const CERTIFICATE_DECISIONS = ["verify", "reject"] as const;
export type TCertificateDecision = (typeof CERTIFICATE_DECISIONS)[number];

/** The printed fields of a certificate a reviewer can check against the scan. */
export const CERTIFICATE_CHECK_FIELDS = [
  "stars",
  "decisionNumber",
  "issuingAuthority",
  "signedAt",
  "expiresAt",
  "issuingLevel",
  "productGroup",
  "producer",
] as const;
export type TCertificateCheckField = (typeof CERTIFICATE_CHECK_FIELDS)[number];

/** What a verification must at least have compared with the scan. */
export const CERTIFICATE_REQUIRED_CHECKS = [
  "stars",
  "decisionNumber",
  "issuingAuthority",
  "signedAt",
  "expiresAt",
] as const satisfies readonly TCertificateCheckField[];

export const CERTIFICATE_CHECK_LABELS: Record<TCertificateCheckField, string> = {
  stars: "Số sao",
  decisionNumber: "Số quyết định",
  issuingAuthority: "Cơ quan cấp",
  signedAt: "Ngày ký",
  expiresAt: "Ngày hết hạn",
  issuingLevel: "Cấp quyết định",
  productGroup: "Nhóm sản phẩm",
  producer: "Chủ thể sản xuất",
};

export const ZDecideCertificateInput = z
  .object(
    {
      productId: ZRowId,
      version: ZReviewVersion,
      decision: z.enum(CERTIFICATE_DECISIONS, { error: "Vui lòng chọn quyết định" }),
      // A form sends one value per ticked box: none, one (a string) or several.
      checkedFields: z
        .preprocess(
          (v) => (v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
          z
            .array(z.enum(CERTIFICATE_CHECK_FIELDS, { error: "Mục đối chiếu không hợp lệ" }), {
              error: "Mục đối chiếu không hợp lệ",
            })
            .max(CERTIFICATE_CHECK_FIELDS.length * 2, { error: "Mục đối chiếu không hợp lệ" })
            .transform((a) => CERTIFICATE_CHECK_FIELDS.filter((f) => a.includes(f))),
        )
        .default([]),
      comment: ZReviewComment,
    },
    { error: BAD_INPUT },
  )
  .superRefine((v, ctx) => {
    if (v.decision === "verify") {
      const missing = CERTIFICATE_REQUIRED_CHECKS.filter((f) => !v.checkedFields.includes(f));
      if (missing.length) {
        ctx.addIssue({
          code: "custom",
          path: ["checkedFields"],
          message: `Vui lòng đối chiếu với bản scan trước khi xác minh: ${missing
            .map((f) => CERTIFICATE_CHECK_LABELS[f].toLowerCase())
            .join(", ")}`,
        });
      }
    } else if (!v.comment) {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Vui lòng ghi rõ lý do từ chối chứng nhận OCOP",
      });
    }
  });
export type TDecideCertificateInput = z.input<typeof ZDecideCertificateInput>;
export type TDecideCertificate = z.output<typeof ZDecideCertificateInput>;
