import { ZCarrier } from "@cho-phien/validators/checkout";
import { ZVnPhone } from "@cho-phien/validators/phone";
import { z } from "zod";

// Inputs of the orders and payments procedures, shared with the storefront/dashboard forms.
// (Candidates for @cho-phien/validators/orders once that package takes them.)

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

export const ZListOrdersInput = z
  .object({
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(50).default(10),
  })
  .default({ page: 1, pageSize: 10 });
export type TListOrdersInput = z.infer<typeof ZListOrdersInput>;

export const ZMarkTransferReceivedInput = z.object({ checkoutCode: ZOrderCode });
export type TMarkTransferReceivedInput = z.infer<typeof ZMarkTransferReceivedInput>;
