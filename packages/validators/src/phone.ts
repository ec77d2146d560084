import { parsePhoneNumberFromString } from "libphonenumber-js/mobile";
import { z } from "zod";

/**
 * Vietnamese mobile numbers: 0 + [3|5|7|8|9] + 8 digits, or +84 / 84 without the leading 0, AND a prefix a
 * carrier actually uses (libphonenumber's mobile metadata: 055, 089 or 075 are refused), so no SMS is spent
 * on a number that cannot exist. Returns E.164 (+84...) or null. Spaces, dots and dashes people type are ignored.
 */
export function normalizeVnPhone(input: string): string | null {
  const s = input.replace(/[\s.\-()]/g, "");
  const m = /^(?:\+?84|0)([35789]\d{8})$/.exec(s);
  if (!m) return null;
  const e164 = `+84${m[1]}`;
  return parsePhoneNumberFromString(e164, "VN")?.isValid() ? e164 : null;
}

/** Shows +84912345678 as 0912 345 678, the way people read it. */
export function formatVnPhone(e164: string): string {
  const local = e164.replace(/^\+84/, "0");
  return local.replace(/^(\d{4})(\d{3})(\d{3})$/, "$1 $2 $3");
}

export const ZVnPhone = z
  .string({ error: "Vui lòng nhập số điện thoại" })
  .max(20, { error: "Số điện thoại quá dài" })
  .transform((v, ctx) => {
    const n = normalizeVnPhone(v);
    if (!n) {
      ctx.addIssue({
        code: "custom",
        message: "Số điện thoại di động Việt Nam không hợp lệ (ví dụ: 0912 345 678)",
      });
      return z.NEVER;
    }
    return n;
  });

export const ZOtpCode = z
  .string({ error: "Vui lòng nhập mã xác thực" })
  .regex(/^\d{6}$/, { error: "Mã xác thực gồm 6 chữ số" });
