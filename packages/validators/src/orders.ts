import { z } from "zod";
import { ZCarrier } from "./checkout";
import { parseWholeNumberText } from "./listings";
import { ZPage, zPageSize } from "./pagination";
import { ZVnPhone } from "./phone";
import { isVietnamDay, vietnamDay, vietnamDayEnd } from "./vietnam-day";

// Inputs of the order procedures (buyers, farms, admins), shared with the storefront and dashboard forms.

/** Every order status, in lifecycle order (the Prisma enum OrderStatus; the API checks they agree). */
export const ORDER_STATUSES = [
  "pending_payment",
  "placed",
  "accepted",
  "packed",
  "shipped",
  "delivered",
  "completed",
  "cancelled",
  "refunded",
] as const;
export type TOrderStatus = (typeof ORDER_STATUSES)[number];

/** Orders waiting for the farm's next step: the "Cần xử lý" tab a farmer opens first. */
export const ACTIVE_ORDER_STATUSES = [
  "placed",
  "accepted",
  "packed",
  "shipped",
] as const satisfies readonly TOrderStatus[];

/** Order and checkout codes as people type them: case and surrounding spaces do not matter. */
export const ZOrderCode = z
  .string({ error: "Vui lòng nhập mã đơn hàng" })
  .trim()
  .min(4, { error: "Mã đơn hàng không hợp lệ" })
  .max(40, { error: "Mã đơn hàng không hợp lệ" })
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9-]+$/, { error: "Mã đơn hàng chỉ gồm chữ, số và dấu gạch ngang" }));

export const ZOrderLookupInput = z.object({
  code: ZOrderCode,
  /** Guests prove the order is theirs with the phone number they ordered with. */
  phone: ZVnPhone.optional(),
});
export type TOrderLookupInput = z.infer<typeof ZOrderLookupInput>;

export const ZCancelOrderInput = ZOrderLookupInput.extend({
  reason: z.string().trim().max(300, { error: "Lý do tối đa 300 ký tự" }).optional(),
});
export type TCancelOrderInput = z.infer<typeof ZCancelOrderInput>;

/** The steps a farm takes on its order, in order. */
export const SELLER_STEPS = ["accepted", "packed", "shipped", "delivered"] as const;
export type TSellerStep = (typeof SELLER_STEPS)[number];

export const ZSellerAdvanceInput = z
  .object({
    code: ZOrderCode,
    to: z.enum(SELLER_STEPS, { error: "Bước xử lý đơn không hợp lệ" }),
    trackingCode: z
      .string()
      .trim()
      .min(4, { error: "Mã vận đơn quá ngắn" })
      .max(60, { error: "Mã vận đơn tối đa 60 ký tự" })
      .regex(/^[A-Za-z0-9-]+$/, { error: "Mã vận đơn chỉ gồm chữ, số và dấu gạch ngang" })
      .optional(),
    /** When the farm hands the parcel to a different carrier than the buyer picked. */
    carrier: ZCarrier.optional(),
  })
  .refine((v) => v.to !== "shipped" || !!v.trackingCode, {
    error: "Vui lòng nhập mã vận đơn khi giao cho đơn vị vận chuyển",
    path: ["trackingCode"],
  });
export type TSellerAdvanceInput = z.infer<typeof ZSellerAdvanceInput>;

/** The signed-in buyer's order history. */
export const ZListOrdersInput = z
  .object({ page: ZPage, pageSize: zPageSize({ max: 50, default: 10, noun: "đơn" }) })
  .prefault({});
export type TListOrdersInput = z.infer<typeof ZListOrdersInput>;

export const SELLER_ORDERS_PAGE_SIZE = 20;

/** The farm's order list (dashboard /seller/orders): one status or "active", one shop or all. */
export const ZSellerOrdersInput = z
  .object({
    /** One status, or "active" for every order the farm still has to act on; omitted = all. */
    status: z.enum([...ORDER_STATUSES, "active"], { error: "Trạng thái đơn không hợp lệ" }).optional(),
    shopId: z
      .string({ error: "Mã gian hàng không hợp lệ" })
      .min(1, { error: "Mã gian hàng không hợp lệ" })
      .max(64, { error: "Mã gian hàng không hợp lệ" })
      .optional(),
    page: ZPage,
  })
  // The whole input may be omitted and the inner defaults still apply.
  .prefault({});
export type TSellerOrdersInput = z.input<typeof ZSellerOrdersInput>;

/** An admin saw a bank transfer arrive for this checkout. */
export const ZMarkTransferReceivedInput = z.object({ checkoutCode: ZOrderCode });
export type TMarkTransferReceivedInput = z.infer<typeof ZMarkTransferReceivedInput>;

/** Shortest and longest reason a farm gives the buyer for declining or cancelling an order. */
export const DECLINE_REASON_LIMITS = { min: 5, max: 300 } as const;

/**
 * The farm declines (before accepting) or cancels (after accepting, before shipping) its order, telling the
 * buyer why. The reason is shown to the buyer as written: NFC-normalised, spaces collapsed, length-bounded.
 */
export const ZSellerDeclineInput = z.object({
  code: ZOrderCode,
  reason: z
    .string({ error: "Vui lòng nhập lý do từ chối đơn" })
    .max(DECLINE_REASON_LIMITS.max * 4, { error: `Lý do tối đa ${DECLINE_REASON_LIMITS.max} ký tự` })
    .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(DECLINE_REASON_LIMITS.min, {
          error: `Vui lòng cho người mua biết lý do (ít nhất ${DECLINE_REASON_LIMITS.min} ký tự)`,
        })
        .max(DECLINE_REASON_LIMITS.max, { error: `Lý do tối đa ${DECLINE_REASON_LIMITS.max} ký tự` }),
    ),
});
export type TSellerDeclineInput = z.infer<typeof ZSellerDeclineInput>;

/** The farm opens one of its orders (the packing slip) by its code. */
export const ZSellerOrderInput = z.object({ code: ZOrderCode });
export type TSellerOrderInput = z.infer<typeof ZSellerOrderInput>;

/** Clock difference tolerated between a phone and the server before a time counts as "in the future". */
export const CASH_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * When the farm received a COD order's cash from the carrier: an instant, or a Vietnam calendar day
 * "YYYY-MM-DD" as a date field posts it. A day means "some time that day", stored as the latest moment of
 * that day that is not in the future (now, for today), so a same-day order is never "collected before it was
 * placed". A day after today, or an instant in the future, is refused.
 */
export const ZCashCollectedAt = z
  .custom<Date | string>((v) => v instanceof Date || typeof v === "string", {
    error: "Vui lòng chọn ngày thu tiền",
  })
  .transform((v, ctx) => {
    const now = new Date();
    const future = () => {
      ctx.addIssue({ code: "custom", message: "Ngày thu tiền không được sau hôm nay" });
      return z.NEVER;
    };
    const invalid = () => {
      ctx.addIssue({ code: "custom", message: "Ngày thu tiền không hợp lệ" });
      return z.NEVER;
    };
    if (typeof v === "string") {
      const s = v.trim();
      if (!s) {
        ctx.addIssue({ code: "custom", message: "Vui lòng chọn ngày thu tiền" });
        return z.NEVER;
      }
      if (isVietnamDay(s)) {
        if (s > vietnamDay(now)) return future();
        const end = vietnamDayEnd(s);
        return end > now ? now : end;
      }
      // A full timestamp with its offset (a JSON client); anything else is not a date.
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s)) return invalid();
    }
    const at = typeof v === "string" ? new Date(v.trim()) : v;
    if (Number.isNaN(at.getTime())) return invalid();
    if (at.getTime() > now.getTime() + CASH_CLOCK_SKEW_MS) return future();
    return at > now ? now : at;
  });

/** Largest cash amount a form may carry; the order's own total is the real limit (checked by the API). */
const CASH_MAX_VND = 1_000_000_000;

/**
 * The farm records the cash the carrier handed over for a COD order: which order (its code, or its id),
 * how much (whole đồng, at most the order's total — checked against the order), and when.
 */
export const ZRecordCashCollectedInput = z
  .object({
    code: ZOrderCode.optional(),
    orderId: z
      .string({ error: "Mã đơn hàng không hợp lệ" })
      .trim()
      .min(1, { error: "Mã đơn hàng không hợp lệ" })
      .max(64, { error: "Mã đơn hàng không hợp lệ" })
      .optional(),
    // Typed the Vietnamese way ("270.000") as well as a plain number: the listing forms' parser.
    amountVnd: z.preprocess(
      parseWholeNumberText,
      z
        .number({
          error: (iss) =>
            iss.input === undefined ? "Vui lòng nhập số tiền đã thu" : "Số tiền đã thu phải là số",
        })
        .int({ error: "Số tiền tính bằng đồng, không có phần lẻ" })
        .min(0, { error: "Số tiền đã thu không được âm" })
        .max(CASH_MAX_VND, { error: "Số tiền đã thu quá lớn" }),
    ),
    collectedAt: ZCashCollectedAt,
  })
  .refine((v) => !!v.code || !!v.orderId, { error: "Vui lòng cho biết mã đơn hàng", path: ["code"] });
export type TRecordCashCollectedInput = z.input<typeof ZRecordCashCollectedInput>;
