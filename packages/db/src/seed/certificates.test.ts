import { ZOcopClaim } from "@cho-phien/validators/listings";
import { OCOP_PUBLIC_CODE_ALPHABET, signedByAbolishedDistrict } from "@cho-phien/validators/ocop";
import { afterEach, describe, expect, it, vi } from "vitest";
import { demoCertificate, demoPublicCode } from "./certificates";
import { DEMO_PRODUCTS } from "./products";

const withOcop = DEMO_PRODUCTS.flatMap((p) => (p.ocop ? [{ slug: p.slug, ocop: p.ocop }] : []));

const monthOf = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const months = [monthOf(new Date())];

afterEach(() => {
  vi.useRealTimers();
});

describe("demo OCOP certificates", () => {
  it("every seeded certificate is one a farm could claim: the form's own rules, districts included", () => {
    // Seeded today, a year ago and in three years: relative dates must stay valid whenever the seed runs.
    for (const offset of [0, -12, 36]) {
      const now = new Date();
      vi.setSystemTime(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 15)));
      const thisMonth = monthOf(new Date());
      expect(thisMonth.getTime()).toBe(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
      for (const { slug, ocop } of withOcop) {
        const row = demoCertificate(ocop, slug, thisMonth, "reviewer");
        const parsed = ZOcopClaim.safeParse(row);
        expect(parsed.success, `${slug}: ${parsed.error?.issues.map((i) => i.message).join("; ")}`).toBe(
          true,
        );
        expect(signedByAbolishedDistrict(row), slug).toBe(false);
      }
      vi.useRealTimers();
    }
  });

  it("every verified certificate has its own public code in the verification alphabet, stable across runs", () => {
    const codes = withOcop
      .map(({ slug, ocop }) => demoCertificate(ocop, slug, months[0]!, "reviewer"))
      .filter((c) => c.status === "verified")
      .map((c) => c.publicCode);
    expect(codes.length).toBeGreaterThanOrEqual(12);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${OCOP_PUBLIC_CODE_ALPHABET}]{10}$`));
    expect(new Set(codes).size).toBe(codes.length);
    expect(demoPublicCode("ot-chao-mao-dai-duc")).toBe(demoPublicCode("ot-chao-mao-dai-duc"));
  });

  it("a pending claim has no public page yet", () => {
    const pending = withOcop.filter(({ ocop }) => ocop.status === "pending");
    expect(pending.length).toBeGreaterThan(0);
    for (const { slug, ocop } of pending) {
      expect(demoCertificate(ocop, slug, months[0]!, "reviewer").publicCode).toBeNull();
    }
  });
});
