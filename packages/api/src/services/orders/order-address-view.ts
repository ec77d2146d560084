import { formatAddressLine } from "@cho-phien/validators/address";
import { PROVINCE_CODES } from "@cho-phien/validators/provinces";

export interface OrderAddressView {
  recipientName: string;
  /** The recipient's phone (E.164), or the buyer's when the snapshot has none. */
  phone: string;
  /** The whole address on one line, as the courier writes it. */
  line: string;
}

/** Free-text fields older address snapshots were kept in, before the structured address. */
const FREE_TEXT_KEYS = ["line", "fullAddress", "address", "text"] as const;

/**
 * An order's address snapshot (Order.address JSON) as a label shows it: a structured address (province,
 * ward, street) in one line; an older free-text address exactly as the buyer entered it.
 */
export function orderAddressView(json: unknown, buyerPhone: string): OrderAddressView {
  if (typeof json === "string") return { recipientName: "", phone: buyerPhone, line: json.trim() };
  const a = json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const str = (k: string) => (typeof a[k] === "string" ? (a[k] as string).trim() : "");
  const structured =
    str("street") && str("ward") && (PROVINCE_CODES as readonly string[]).includes(str("provinceCode"));
  const freeText = FREE_TEXT_KEYS.map(str).find((s) => s !== "") ?? "";
  return {
    recipientName: str("recipientName") || str("name"),
    phone: str("phone") || buyerPhone,
    line: structured
      ? formatAddressLine({ street: str("street"), ward: str("ward"), provinceCode: str("provinceCode") })
      : freeText || [str("street"), str("ward"), str("province")].filter(Boolean).join(", "),
  };
}
