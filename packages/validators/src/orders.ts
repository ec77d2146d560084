import { z } from "zod";
import { ZCarrier } from "./checkout";
import { ZPage, zPageSize } from "./pagination";
import { ZVnPhone } from "./phone";

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
