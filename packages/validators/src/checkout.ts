import { z } from "zod";
import { ZAddress, ZProvinceCode } from "./address";
import { CART_LINES_MAX, ZProductId, ZQuantity } from "./cart";
import { ZVnPhone } from "./phone";

export const PAYMENT_METHODS = ["cod", "vietqr", "card"] as const;
export type TPaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABEL_VI: Record<TPaymentMethod, string> = {
  cod: "Thanh toán khi nhận hàng (COD)",
  vietqr: "Chuyển khoản VietQR",
  card: "Thẻ quốc tế (Visa, Mastercard)",
};

export const CARRIERS = ["vnpost", "ghn", "ghtk", "viettelpost"] as const;
export type TCarrier = (typeof CARRIERS)[number];
export const CARRIER_LABEL: Record<TCarrier, string> = {
  vnpost: "Vietnam Post",
  ghn: "GHN",
  ghtk: "GHTK",
  viettelpost: "Viettel Post",
};

export const ZPaymentMethod = z.enum(PAYMENT_METHODS, { error: "Vui lòng chọn cách thanh toán" });
export const ZCarrier = z.enum(CARRIERS, { error: "Đơn vị vận chuyển không hợp lệ" });

const ZShopId = z
  .string({ error: "Thiếu mã gian hàng" })
  .min(1, { error: "Thiếu mã gian hàng" })
  .max(64, { error: "Mã gian hàng không hợp lệ" })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "Mã gian hàng không hợp lệ" });

/** The buyer's carrier pick for one farm's parcel; farms without a pick get the cheapest carrier. */
export const ZCarrierChoice = z.object({ shopId: ZShopId, carrier: ZCarrier });
const ZCarrierChoices = z
  .array(ZCarrierChoice, { error: "Lựa chọn vận chuyển không hợp lệ" })
  .max(CART_LINES_MAX, { error: "Quá nhiều lựa chọn vận chuyển" })
  .refine((a) => new Set(a.map((c) => c.shopId)).size === a.length, {
    message: "Mỗi nhà vườn chỉ chọn một đơn vị vận chuyển",
  });

export const ZCheckoutQuoteInput = z.object({
  provinceCode: ZProvinceCode,
  carriers: ZCarrierChoices.optional(),
});
export type TCheckoutQuoteInput = z.infer<typeof ZCheckoutQuoteInput>;

/** Unit prices in đồng: positive whole numbers, capped like every price in the catalog. */
export const ZUnitPriceVnd = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : v),
  z
    .number({ error: "Giá phải là số" })
    .int({ error: "Giá tính bằng đồng, không có phần lẻ" })
    .min(1, { error: "Giá không hợp lệ" })
    .max(1_000_000_000, { error: "Giá quá lớn" }),
);

/**
 * One cart line as the buyer saw it on the checkout page. placeOrder charges only if every line still matches
 * the cart and the current price, so a price change is shown to the buyer instead of being charged silently.
 */
export const ZSeenLine = z.object({
  productId: ZProductId,
  quantity: ZQuantity,
  priceVnd: ZUnitPriceVnd,
});
export type TSeenLine = z.infer<typeof ZSeenLine>;

export const ZPlaceOrderInput = z.object({
  /** Generated once per checkout form render; repeating it returns the same checkout. */
  idempotencyKey: z.uuid({ error: "Mã phiên đặt hàng không hợp lệ, vui lòng tải lại trang" }),
  address: ZAddress,
  paymentMethod: ZPaymentMethod.default("cod"),
  carriers: ZCarrierChoices.default([]),
  lines: z
    .array(ZSeenLine, { error: "Giỏ hàng không hợp lệ" })
    .min(1, { error: "Giỏ hàng đang trống" })
    .max(CART_LINES_MAX, { error: `Tối đa ${CART_LINES_MAX} sản phẩm mỗi lần đặt` })
    .refine((a) => new Set(a.map((l) => l.productId)).size === a.length, {
      message: "Sản phẩm bị lặp trong đơn hàng",
    }),
});
export type TPlaceOrderInput = z.infer<typeof ZPlaceOrderInput>;

/** "CP" + yymmdd + 6 characters without look-alikes (0/O, 1/I). */
export const CHECKOUT_CODE_RE = /^CP\d{6}[A-HJ-NP-Z2-9]{6}$/;

export const ZCheckoutCode = z
  .string({ error: "Vui lòng nhập mã đơn hàng" })
  .max(40, { error: "Mã đơn hàng không hợp lệ" })
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(CHECKOUT_CODE_RE, { error: "Mã đơn hàng không hợp lệ" }));

/** A guest proves a checkout is theirs with the phone number they ordered with. */
export const ZCheckoutByCodeInput = z.object({
  code: ZCheckoutCode,
  phone: ZVnPhone.optional(),
});
export type TCheckoutByCodeInput = z.infer<typeof ZCheckoutByCodeInput>;
