import { describe, expect, it } from "vitest";
import { PROVINCES } from "./provinces";
import { SEARCH_QUERY_MAX, ZSearchInput } from "./search";

describe("search input", () => {
  it("normalises NFD text to NFC and trims it", () => {
    const nfd = " ớt chào mào ".normalize("NFD");
    expect(ZSearchInput.parse({ q: nfd }).q).toBe("ớt chào mào");
  });

  it("refuses an oversized query with a Vietnamese message", () => {
    const r = ZSearchInput.safeParse({ q: "a".repeat(10_000) });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe(`Từ khóa tối đa ${SEARCH_QUERY_MAX} ký tự`);
  });

  it("keeps SQL and LIKE metacharacters as plain text", () => {
    expect(ZSearchInput.parse({ q: "%_'\\" }).q).toBe("%_'\\");
  });

  it("coerces query-string numbers and applies defaults", () => {
    const v = ZSearchInput.parse({ page: "2", ocopStars: "4", minPrice: "1000" });
    expect(v).toMatchObject({ page: 2, ocopStars: 4, minPrice: 1000, sort: "relevance", pageSize: 24 });
  });

  it("refuses unknown provinces, OCOP stars outside 3–5 and inverted price ranges", () => {
    expect(ZSearchInput.safeParse({ province: "99" }).success).toBe(false);
    expect(ZSearchInput.safeParse({ ocopStars: 2 }).success).toBe(false);
    expect(ZSearchInput.safeParse({ minPrice: 500, maxPrice: 100 }).success).toBe(false);
  });
});

describe("provinces after the 2025 reform", () => {
  it("lists exactly 34 units with unique codes, Quảng Ninh among them", () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    expect(PROVINCES.find((p) => p.code === "22")?.name).toBe("Quảng Ninh");
  });
});
