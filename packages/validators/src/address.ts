import { z } from "zod";
import { ZVnPhone } from "./phone";
import { PROVINCE_CODES, provinceByCode } from "./provinces";

export const ADDRESS_LIMITS = { recipientName: 100, ward: 100, street: 200 } as const;
/** A signed-in buyer keeps at most this many saved addresses. */
export const SAVED_ADDRESSES_MAX = 20;

/** Trimmed, NFC-normalised (some phone keyboards send NFD Vietnamese), required and length-capped text. */
function text(label: string, max: number) {
  return z
    .string({ error: `Vui lòng nhập ${label}` })
    .max(max * 4, { error: `${capitalize(label)} tối đa ${max} ký tự` })
    .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, { error: `Vui lòng nhập ${label}` })
        .max(max, { error: `${capitalize(label)} tối đa ${max} ký tự` }),
    );
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const ZProvinceCode = z.enum(PROVINCE_CODES, { error: "Vui lòng chọn tỉnh/thành phố" });

/**
 * A delivery address after the 1 July 2025 reform: province/city (one of the 34), ward/commune, then house
 * number and street or hamlet (thôn, bản). There is no district any more.
 */
export const ZAddress = z.object({
  recipientName: text("tên người nhận", ADDRESS_LIMITS.recipientName),
  phone: ZVnPhone,
  provinceCode: ZProvinceCode,
  ward: text("phường/xã", ADDRESS_LIMITS.ward),
  street: text("số nhà, đường/thôn", ADDRESS_LIMITS.street),
});
export type TAddress = z.infer<typeof ZAddress>;

export const ZAddressCreateInput = ZAddress.extend({
  isDefault: z.boolean({ error: "Giá trị mặc định không hợp lệ" }).optional(),
});
export type TAddressCreateInput = z.infer<typeof ZAddressCreateInput>;

export const ZAddressDeleteInput = z.object({
  id: z
    .string({ error: "Thiếu mã địa chỉ" })
    .min(1, { error: "Thiếu mã địa chỉ" })
    .max(64, { error: "Mã địa chỉ không hợp lệ" }),
});
export type TAddressDeleteInput = z.infer<typeof ZAddressDeleteInput>;

/** "12 Trần Phú, Xã Đại Dực, Quảng Ninh": house/street, then ward/commune, then province. */
export function formatAddressLine(a: Pick<TAddress, "street" | "ward" | "provinceCode">): string {
  return [a.street, a.ward, provinceByCode(a.provinceCode)?.name ?? a.provinceCode].join(", ");
}
