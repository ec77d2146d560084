import { normalizeVnPhone } from "@cho-phien/validators/phone";
import { PROVINCE_CODES } from "@cho-phien/validators/provinces";
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "./accounts";
import { slugify } from "./bulk";
import { DEMO_CATEGORIES } from "./categories";
import { demoCertificateDates } from "./certificates";
import { DEMO_PRODUCTS } from "./products";
import { DEMO_SHOPS } from "./shops";

describe("demo data tables", () => {
  it("uses only valid post-2025 province codes and valid Vietnamese mobile numbers", () => {
    for (const s of DEMO_SHOPS) expect(PROVINCE_CODES).toContain(s.provinceCode);
    for (const a of DEMO_ACCOUNTS) expect(normalizeVnPhone(a.phone)).toBe(`+84${a.phone.slice(1)}`);
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.phone)).size).toBe(DEMO_ACCOUNTS.length);
  });

  it("has unique URL-safe slugs, shops that exist and integer VND prices", () => {
    const slugs = DEMO_PRODUCTS.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const shops = new Set(DEMO_SHOPS.map((s) => s.slug));
    const cats = new Set(DEMO_CATEGORIES.map((c) => c.slug));
    for (const p of DEMO_PRODUCTS) {
      expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(shops.has(p.shop), p.slug).toBe(true);
      expect(cats.has(p.category), p.slug).toBe(true);
      expect(Number.isInteger(p.priceVnd) && p.priceVnd > 0).toBe(true);
      expect(p.weightGrams).toBeGreaterThan(0);
    }
  });

  it("only claims OCOP ratings that exist (3–5 stars) with a decision number", () => {
    const certs = DEMO_PRODUCTS.flatMap((p) => (p.ocop ? [p.ocop] : []));
    expect(certs.length).toBeGreaterThanOrEqual(14);
    for (const c of certs) {
      expect([3, 4, 5]).toContain(c.stars);
      expect(c.decisionNumber).toMatch(/^\d+\/QĐ-[A-ZĐ]+$/);
    }
    const thisMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
    const expired = (c: (typeof certs)[number]) => demoCertificateDates(c, thisMonth).expiresAt <= new Date();
    expect(certs.filter((c) => c.status === "verified" && expired(c))).toHaveLength(1);
    expect(certs.filter((c) => c.status === "pending")).toHaveLength(1);
    expect(certs.some((c) => c.stars === 5 && c.issuingLevel === "central")).toBe(true);
  });

  it("slugifies Vietnamese, including đ", () => {
    expect(slugify("Ớt chào mào Đại Dực")).toBe("ot-chao-mao-dai-duc");
    expect(slugify("Gà đen H'Mông  Bát Xát")).toBe("ga-den-h-mong-bat-xat");
  });
});
