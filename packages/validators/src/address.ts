import { z } from "zod";
import { ZVnPhone } from "./phone";
import { PROVINCE_CODES, provinceByCode } from "./provinces";
import { type Ward, wardByCode, wardsOfProvince } from "./wards";

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

/** Blank form fields ("— Chọn phường/xã —" posts "") count as not given. */
const blankAsMissing = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The official five-digit code of a ward, commune or special zone (wards.ts). */
export const ZWardCode = z
  .string({ error: "Vui lòng chọn phường/xã" })
  .trim()
  .regex(/^\d{5}$/, { error: "Vui lòng chọn phường/xã trong danh sách" });

/**
 * The fields of a delivery address after the 1 July 2025 reform: province/city (one of the 34), ward/commune,
 * then house number and street or hamlet (thôn, bản). There is no district any more. The ward is picked from
 * the official list of the province by its code; `ward` (its name typed) is accepted from older clients only
 * when it is exactly an official name of that province.
 */
const ZAddressFields = z.object({
  recipientName: text("tên người nhận", ADDRESS_LIMITS.recipientName),
  phone: ZVnPhone,
  provinceCode: ZProvinceCode,
  wardCode: z.preprocess(blankAsMissing, ZWardCode.optional()),
  ward: text("phường/xã", ADDRESS_LIMITS.ward).optional(),
  street: text("số nhà, đường/thôn", ADDRESS_LIMITS.street),
});
type TAddressFields = z.output<typeof ZAddressFields>;

/**
 * The official ward an address names: by its code, else (an older client, a saved address) by its name in
 * that province, with or without "Phường"/"Xã" and in any letter case. A Vietnamese message when there is
 * none, or when the code belongs to another province.
 */
export function resolveAddressWard(
  provinceCode: string,
  a: { wardCode?: string | null; ward?: string | null },
): { ward: Ward } | { error: string } {
  const province = provinceByCode(provinceCode);
  if (!province) return { error: "Vui lòng chọn tỉnh/thành phố" };
  if (a.wardCode) {
    const ward = wardByCode(a.wardCode);
    if (!ward) return { error: "Vui lòng chọn phường/xã trong danh sách" };
    if (ward.provinceCode !== provinceCode) {
      const other = provinceByCode(ward.provinceCode)?.name ?? ward.provinceCode;
      return {
        error: `${ward.name} thuộc ${other}, không thuộc ${province.name}. Vui lòng chọn lại phường/xã`,
      };
    }
    return { ward };
  }
  if (!a.ward) return { error: "Vui lòng chọn phường/xã" };
  const ward = wardByName(provinceCode, a.ward);
  if (!ward) {
    return {
      error: `Không có “${a.ward}” trong danh sách phường/xã của ${province.name}. Vui lòng chọn phường/xã trong danh sách`,
    };
  }
  return { ward };
}

const KIND = /^(phường|xã|đặc khu)\s+/u;
const nameKey = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");

/** A ward of the province by its name ("Xã Đông Ngũ", "xã đông ngũ", "Đông Ngũ"); names are unique per province. */
export function wardByName(provinceCode: string, name: string): Ward | undefined {
  const key = nameKey(name);
  const bare = key.replace(KIND, "");
  return wardsOfProvince(provinceCode).find((w) => {
    const k = nameKey(w.name);
    return k === key || (bare === key && k.replace(KIND, "") === bare);
  });
}

/**
 * Checks the ward against the province (every problem of the form at once, like the shop form), then writes
 * the official code and name into the address: what an order's snapshot and a saved address keep.
 */
function withOfficialWard<T extends TAddressFields>(schema: z.ZodType<T>) {
  return schema
    .superRefine(
      (v, ctx) => {
        const r = resolveAddressWard(v.provinceCode, v);
        if ("error" in r) ctx.addIssue({ code: "custom", path: ["wardCode"], message: r.error });
      },
      {
        when: (payload) =>
          !payload.issues.some((i) => ["provinceCode", "wardCode", "ward"].includes(String(i.path?.[0]))),
      },
    )
    .transform((v) => {
      const r = resolveAddressWard(v.provinceCode, v);
      // superRefine refused everything else; this is only for the types.
      const ward = "ward" in r ? r.ward : { code: "", name: "" };
      const { wardCode: _code, ward: _name, ...rest } = v;
      return { ...rest, wardCode: ward.code, ward: ward.name };
    });
}

/** A delivery address as given (code of the ward picked), resolved to the official ward's code and name. */
export const ZAddress = withOfficialWard(ZAddressFields);
export type TAddress = z.output<typeof ZAddress>;
export type TAddressInput = z.input<typeof ZAddress>;

export const ZAddressCreateInput = withOfficialWard(
  ZAddressFields.extend({
    isDefault: z.boolean({ error: "Giá trị mặc định không hợp lệ" }).optional(),
  }),
);
export type TAddressCreateInput = z.output<typeof ZAddressCreateInput>;

export const ZAddressDeleteInput = z.object({
  id: z
    .string({ error: "Thiếu mã địa chỉ" })
    .min(1, { error: "Thiếu mã địa chỉ" })
    .max(64, { error: "Mã địa chỉ không hợp lệ" }),
});
export type TAddressDeleteInput = z.infer<typeof ZAddressDeleteInput>;

/**
 * An address as an order keeps it (Checkout.address, Order.address): `ward` is the name to show — the official
 * name, with its `wardCode`, for orders placed from the official list; free text as typed for older orders,
 * which have no `wardCode`. Later renamings never change it: it is shown as it was stored.
 */
export interface TAddressSnapshot {
  recipientName: string;
  phone: string;
  provinceCode: string;
  wardCode?: string;
  ward: string;
  street: string;
}

/** Reads a stored snapshot of either age; a missing field reads as "" (never throws on old rows). */
export function addressSnapshotOf(json: unknown): TAddressSnapshot {
  const a = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  const s = (k: string) => (typeof a[k] === "string" ? (a[k] as string) : "");
  const snapshot: TAddressSnapshot = {
    recipientName: s("recipientName"),
    phone: s("phone"),
    provinceCode: s("provinceCode"),
    ward: s("ward"),
    street: s("street"),
  };
  if (s("wardCode")) snapshot.wardCode = s("wardCode");
  return snapshot;
}

/**
 * "12 Trần Phú, Xã Đông Ngũ, Quảng Ninh": house/street, then ward/commune, then province. The ward is the
 * stored name (official, or an old order's free text as typed); empty parts are left out.
 */
export function formatAddressLine(a: Pick<TAddressSnapshot, "street" | "ward" | "provinceCode">): string {
  return [a.street, a.ward, provinceByCode(a.provinceCode)?.name ?? a.provinceCode]
    .map((p) => p.trim())
    .filter(Boolean)
    .join(", ");
}
