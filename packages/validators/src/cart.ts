import { z } from "zod";

/** No farm sells more than this of one product in one order; the real cap is min(stock, maxPerOrder). */
export const CART_QUANTITY_MAX = 999;
/** Lines in one cart (and so in one checkout); keeps every checkout transaction small. */
export const CART_LINES_MAX = 50;

/**
 * A whole number typed in a form ("2") or sent as JSON (2). Only strings are converted: `true`, `[]` or ""
 * must be refused, not read as 1 or 0 the way z.coerce would.
 */
export function zWholeNumber(opts: { min: number; max: number; label: string; maxMessage?: string }) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : v),
    z
      .number({ error: `${opts.label} phải là số` })
      .int({ error: `${opts.label} phải là số nguyên` })
      .min(opts.min, {
        error: opts.min === 1 ? `${opts.label} phải lớn hơn 0` : `${opts.label} không hợp lệ`,
      })
      .max(opts.max, { error: opts.maxMessage ?? `${opts.label} tối đa ${opts.max}` }),
  );
}

export const ZQuantity = zWholeNumber({ min: 1, max: CART_QUANTITY_MAX, label: "Số lượng" });

/** Product ids are cuids; anything else (SQL, 10 KB strings) is refused before it reaches a query. */
export const ZProductId = z
  .string({ error: "Thiếu mã sản phẩm" })
  .min(1, { error: "Thiếu mã sản phẩm" })
  .max(64, { error: "Mã sản phẩm không hợp lệ" })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "Mã sản phẩm không hợp lệ" });

export const ZCartAddInput = z.object({
  productId: ZProductId,
  quantity: ZQuantity.default(1),
});
export type TCartAddInput = z.infer<typeof ZCartAddInput>;

export const ZCartSetQuantityInput = z.object({
  productId: ZProductId,
  quantity: ZQuantity,
});
export type TCartSetQuantityInput = z.infer<typeof ZCartSetQuantityInput>;

export const ZCartRemoveInput = z.object({ productId: ZProductId });
export type TCartRemoveInput = z.infer<typeof ZCartRemoveInput>;

/** The guest-cart cookie: an opaque random token, never a cart id. */
export const CART_COOKIE = "cp_cart";
export const CART_COOKIE_MAX_AGE_S = 60 * 60 * 24 * 30;
const GUEST_TOKEN_RE = /^[A-Za-z0-9_-]{32,64}$/;

/** A token from a cookie is only used when it looks like one we minted; anything else counts as no cart. */
export function isGuestCartToken(v: string | undefined | null): v is string {
  return typeof v === "string" && GUEST_TOKEN_RE.test(v);
}
