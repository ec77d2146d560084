import { formatVnd } from "@cho-phien/validators/money";
import { describe, expect, it } from "vitest";
import { getMessages } from "./dictionary";
import { formatDate, formatWeight, truncate } from "./format";
import { parseLocale } from "./locale";

describe("locale", () => {
  it("defaults to Vietnamese for a missing or unknown cookie", () => {
    expect(parseLocale(undefined)).toBe("vi");
    expect(parseLocale("")).toBe("vi");
    expect(parseLocale("fr")).toBe("vi");
    expect(parseLocale("EN")).toBe("vi");
    expect(parseLocale("en")).toBe("en");
  });
});

describe("dictionary", () => {
  it("has every Vietnamese key in English too, none empty", () => {
    const vi = getMessages("vi");
    const en = getMessages("en");
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [k, v] of Object.entries(en)) if (typeof v === "string") expect(v, k).not.toBe("");
  });

  it("interpolates counts and queries", () => {
    expect(getMessages("vi").resultsFor("ot chao mao")).toBe("Kết quả cho “ot chao mao”");
    expect(getMessages("en").resultsCount(1)).toBe("1 product");
    expect(getMessages("en").resultsCount(3)).toBe("3 products");
    expect(getMessages("vi").ocopBadge(3)).toBe("OCOP 3 sao");
    expect(getMessages("vi").resultsCountMore(1000)).toBe("Hơn 1.000 sản phẩm");
    expect(getMessages("en").resultsCountMore(1000)).toBe("More than 1,000 products");
  });
});

describe("format", () => {
  it("formats VND the Vietnamese way", () => {
    // Intl puts a no-break space before the symbol so "₫" never wraps onto its own line.
    expect(formatVnd(50_000).replace(/\u00a0/g, " ")).toBe("50.000 ₫");
    expect(formatVnd(1_234_568).replace(/\u00a0/g, " ")).toBe("1.234.568 ₫");
  });

  it("formats dates in Vietnam's time zone, whatever the server's", () => {
    // 17:30 UTC on 31 Dec is already 1 Jan in Hà Nội.
    const d = new Date("2025-12-31T17:30:00Z");
    expect(formatDate(d, "vi")).toBe("01/01/2026");
    expect(formatDate(d, "en")).toBe("1 Jan 2026");
  });

  it("formats weights", () => {
    expect(formatWeight(300, "vi")).toBe("300 g");
    expect(formatWeight(1500, "vi")).toBe("1,5 kg");
    expect(formatWeight(1500, "en")).toBe("1.5 kg");
  });

  it("truncates at a word boundary with an ellipsis", () => {
    expect(truncate("ngắn", 10)).toBe("ngắn");
    const long = "Ớt chào mào Đại Dực trồng trên nương, cay nồng, thơm, phơi khô tự nhiên";
    const cut = truncate(long, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).toBe("Ớt chào mào Đại Dực trồng…");
  });
});
