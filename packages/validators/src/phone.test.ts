import { describe, expect, it } from "vitest";
import { formatVnPhone, normalizeVnPhone, ZOtpCode, ZVnPhone } from "./phone";

describe("Vietnamese mobile numbers", () => {
  it("normalises the ways people type a number to E.164", () => {
    expect(normalizeVnPhone("0912345678")).toBe("+84912345678");
    expect(normalizeVnPhone("0912 345 678")).toBe("+84912345678");
    expect(normalizeVnPhone("0912.345.678")).toBe("+84912345678");
    expect(normalizeVnPhone("+84 912 345 678")).toBe("+84912345678");
    expect(normalizeVnPhone("84912345678")).toBe("+84912345678");
    expect(normalizeVnPhone("0386123456")).toBe("+84386123456");
  });

  it("refuses landlines, foreign and malformed numbers", () => {
    for (const bad of ["0212345678", "091234567", "09123456789", "+14155552671", "abc", "", "0612345678"]) {
      expect(normalizeVnPhone(bad), bad).toBeNull();
    }
  });

  it("refuses well-formed numbers on prefixes no carrier has allocated, before an SMS is spent", () => {
    for (const unallocated of ["0555123456", "0521234567", "0891234567", "0751234567"]) {
      expect(normalizeVnPhone(unallocated), unallocated).toBeNull();
      expect(ZVnPhone.safeParse(unallocated).success, unallocated).toBe(false);
    }
    for (const allocated of ["0561234567", "0591234567", "0701234567", "0812345678", "0341234567"]) {
      expect(normalizeVnPhone(allocated), allocated).not.toBeNull();
    }
  });

  it("gives a Vietnamese message for an invalid number", () => {
    const r = ZVnPhone.safeParse("12345");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toContain("không hợp lệ");
    expect(ZVnPhone.parse("0987 654 321")).toBe("+84987654321");
  });

  it("shows a number the way people read it", () => {
    expect(formatVnPhone("+84912345678")).toBe("0912 345 678");
  });

  it("accepts only 6-digit codes", () => {
    expect(ZOtpCode.safeParse("123456").success).toBe(true);
    expect(ZOtpCode.safeParse("12345").success).toBe(false);
    expect(ZOtpCode.safeParse("12a456").success).toBe(false);
  });
});
