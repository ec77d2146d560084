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
