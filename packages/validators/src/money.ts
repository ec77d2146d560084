import { z } from "zod";

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" });

/** 50000 → "50.000 ₫". Money is always whole đồng (VND has no minor unit). */
export function formatVnd(amount: number): string {
  return vnd.format(amount);
}

export const ZVnd = z
  .number({ error: "Giá phải là số" })
  .int({ error: "Giá tính bằng đồng, không có phần lẻ" })
  .min(0, { error: "Giá không được âm" })
  .max(1_000_000_000, { error: "Giá quá lớn" });

/**
 * The most one checkout may total, in đồng (items and shipping of every farm). Money columns are 32-bit integers
 * (at most 2,147,483,647 ₫), and a price of up to 1 billion times a quantity of up to 999 would overflow them: a
 * checkout over this cap is refused with a clear message before anything is written. No farm order on this
 * marketplace comes near it.
 */
export const MAX_CHECKOUT_TOTAL_VND = 1_000_000_000;
