import { provinceByCode } from "@cho-phien/validators/provinces";
import type { ShippingZone } from "./shipping-provider";

/** Same province, same region (north / central / south, from provinces.ts) or across regions. */
export function shippingZone(originProvinceCode: string, destinationProvinceCode: string): ShippingZone {
  if (originProvinceCode === destinationProvinceCode) return "same_province";
  const from = provinceByCode(originProvinceCode);
  const to = provinceByCode(destinationProvinceCode);
  if (from && to && from.region === to.region) return "same_region";
  return "other_region";
}

/** Road delivery estimates by zone (domain facts: 1–2, 2–3, 3–5 days). */
export const DELIVERY_DAYS: Record<ShippingZone, { min: number; max: number }> = {
  same_province: { min: 1, max: 2 },
  same_region: { min: 2, max: 3 },
  other_region: { min: 3, max: 5 },
};
