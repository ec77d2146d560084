import { z } from "zod";
import { BANK_BINS } from "./banks";
import { ZRowId } from "./pagination";
import { ZVnPhone } from "./phone";
import { PROVINCE_CODES } from "./provinces";
import { wardByCode } from "./wards";

export const SHOP_LIMITS = {
  nameMin: 2,
  name: 80,
  story: 2000,
  addressLine: 200,
  accountName: 60,
  freeShippingThresholdVnd: 100_000_000,
} as const;

/** A user owns at most this many shops (a farm, a cooperative's few brands), so a script cannot mint thousands. */
export const SHOPS_PER_OWNER_MAX = 5;

/**
 * Control characters other than tab and line breaks, zero-width and bidi-override marks: never useful in a
 * form, and a bidi override can make a name read differently from what is stored.
 */
function isInvisible(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
    c === 0x7f ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

function dropInvisible(s: string): string {
  let out = "";
  for (const ch of s) if (!isInvisible(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/**
 * Plain text from a form: NFC (some phone keyboards send NFD Vietnamese), control characters removed, spaces
 * collapsed and trimmed (line breaks kept where `multiline`), length-capped with a Vietnamese message. It is
 * stored as text and React escapes it on output, so "<script>" is harmless words. The raw length is capped
 * first (at 4× the limit) so a huge paste is refused before any work is done on it.
 */
function plainText(
  label: string,
  opts: { min?: number; max: number; multiline?: boolean; required?: boolean },
) {
  const Label = label.charAt(0).toUpperCase() + label.slice(1);
  const tooLong = { error: `${Label} tối đa ${opts.max} ký tự` };
  const min = opts.min ?? (opts.required ? 1 : 0);
  return z
    .string({ error: `Vui lòng nhập ${label}` })
    .max(opts.max * 4, tooLong)
    .transform((s) => {
      const clean = dropInvisible(s.normalize("NFC"));
      if (!opts.multiline) return clean.replace(/\s+/g, " ").trim();
      return clean
        .replace(/\r\n?/g, "\n")
        .split("\n")
        .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
        .join("\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim();
    })
    .pipe(
      z
        .string()
        .min(min, {
          error: min > 1 ? `${Label} cần ít nhất ${min} ký tự` : `Vui lòng nhập ${label}`,
        })
        .max(opts.max, tooLong),
    );
}

/** "Nguyễn Thị Đào" → "Nguyen Thi Dao": Vietnamese without tone marks (đ/Đ become d/D). */
export function unaccentVi(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** A shop's URL slug from its name: "Chè Shan Tuyết Bản Áng" → "che-shan-tuyet-ban-ang" ("gian-hang" if empty). */
export function shopSlugBase(name: string): string {
  const base = unaccentVi(name.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base || "gian-hang";
}

/**
 * The account holder's name the way banks print it: no tone marks, upper case ("NGUYEN THI DAO"). People type
 * it with tones; we convert rather than refuse.
 */
const ZAccountName = z
  .string({ error: "Vui lòng nhập tên chủ tài khoản" })
  .max(SHOP_LIMITS.accountName * 4, { error: `Tên chủ tài khoản tối đa ${SHOP_LIMITS.accountName} ký tự` })
  .transform((s) => unaccentVi(s.normalize("NFC")).toUpperCase().replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "Vui lòng nhập tên chủ tài khoản" })
      .max(SHOP_LIMITS.accountName, { error: `Tên chủ tài khoản tối đa ${SHOP_LIMITS.accountName} ký tự` })
      .regex(/^[A-Z ]+$/, { error: "Tên chủ tài khoản chỉ gồm chữ cái và dấu cách (như in trên thẻ)" }),
  );

/** Account numbers are 6–19 digits; the spaces and dashes people copy from a banking app are dropped. */
const ZAccountNo = z
  .string({ error: "Vui lòng nhập số tài khoản" })
  .max(40, { error: "Số tài khoản gồm 6–19 chữ số" })
  .transform((s) => s.replace(/[\s.-]/g, ""))
  .pipe(z.string().regex(/^\d{6,19}$/, { error: "Số tài khoản gồm 6–19 chữ số" }));

export const ZPayoutAccount = z.object({
  bankBin: z.enum(BANK_BINS, { error: "Vui lòng chọn ngân hàng trong danh sách" }),
  accountNo: ZAccountNo,
  accountName: ZAccountName,
});
export type TPayoutAccount = z.infer<typeof ZPayoutAccount>;

/** "300.000", "300 000", 300000 or empty (= no free shipping), in whole đồng. */
const ZFreeShippingThreshold = z.preprocess(
  (v) => {
    if (v === null || v === undefined) return undefined;
    if (typeof v !== "string") return v;
    const s = v.replace(/[\s.,_₫đ]/g, "");
    if (s === "") return undefined;
    return /^\d{1,12}$/.test(s) ? Number(s) : v;
  },
  z
    .number({ error: "Ngưỡng miễn phí vận chuyển phải là số tiền (đồng)" })
    .int({ error: "Ngưỡng miễn phí vận chuyển phải là số nguyên (đồng)" })
    .min(0, { error: "Ngưỡng miễn phí vận chuyển không được âm" })
    .max(SHOP_LIMITS.freeShippingThresholdVnd, {
      error: "Ngưỡng miễn phí vận chuyển tối đa 100.000.000 ₫",
    })
    .optional(),
);

/**
 * The shop photo, by the id of an Upload (`/api/uploads?anh-gian-hang`). Only the form's shape is checked here;
 * that the caller uploaded it is the service's business (openShop), since only the database knows.
 */
export const ZShopPhotoUploadId = z
  .string({ error: "Ảnh gian hàng không hợp lệ, vui lòng chọn lại ảnh" })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "Ảnh gian hàng không hợp lệ, vui lòng chọn lại ảnh" });

/**
 * "Mở gian hàng": a signed-in user opens a farm's shop. The ward/commune is one of the official list for the
 * chosen province (wards.ts), stored by its code. Server-side only (the ward list is large).
 */
export const ZOpenShopInput = z
  .object({
    name: plainText("tên gian hàng", { min: SHOP_LIMITS.nameMin, max: SHOP_LIMITS.name, required: true }),
    story: plainText("câu chuyện gian hàng", { max: SHOP_LIMITS.story, multiline: true }).default(""),
    provinceCode: z.enum(PROVINCE_CODES, { error: "Vui lòng chọn tỉnh/thành phố" }),
    wardCode: z
      .string({ error: "Vui lòng chọn phường/xã" })
      .regex(/^\d{5}$/, { error: "Vui lòng chọn phường/xã trong danh sách" }),
    addressLine: plainText("địa chỉ lấy hàng (số nhà, thôn/bản)", {
      max: SHOP_LIMITS.addressLine,
      required: true,
    }),
    phone: ZVnPhone,
    payout: ZPayoutAccount,
    freeShippingThresholdVnd: ZFreeShippingThreshold,
    /** Optional: a shop without a photo shows none. */
    photoUploadId: ZShopPhotoUploadId.optional(),
  })
  .superRefine(
    (v, ctx) => {
      const ward = wardByCode(v.wardCode);
      if (!ward) {
        ctx.addIssue({
          code: "custom",
          path: ["wardCode"],
          message: "Vui lòng chọn phường/xã trong danh sách",
        });
      } else if (ward.provinceCode !== v.provinceCode) {
        ctx.addIssue({
          code: "custom",
          path: ["wardCode"],
          message: "Phường/xã đã chọn không thuộc tỉnh/thành phố này",
        });
      }
    },
    {
      // Checked even when other fields are wrong, so the form shows every problem at once.
      when: (payload) =>
        !payload.issues.some((i) => i.path?.[0] === "provinceCode" || i.path?.[0] === "wardCode"),
    },
  );
export type TOpenShopInput = z.input<typeof ZOpenShopInput>;
export type TOpenShop = z.output<typeof ZOpenShopInput>;

/** A shop the caller manages, by id (its payout account, its settings). */
export const ZShopIdInput = z.object({ shopId: ZRowId });
export type TShopIdInput = z.infer<typeof ZShopIdInput>;

/** The wards of one province, for the two-step picker. */
export const ZWardsInput = z.object({
  provinceCode: z.enum(PROVINCE_CODES, { error: "Vui lòng chọn tỉnh/thành phố" }),
});
export type TWardsInput = z.infer<typeof ZWardsInput>;
