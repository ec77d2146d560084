import { describe, expect, it } from "vitest";
import { pageWindow, readSearchParams, searchHref } from "./search-params";

describe("readSearchParams", () => {
  it("keeps known keys, takes the first of repeated ones, drops empty form fields", () => {
    expect(
      readSearchParams({
        q: "ớt",
        province: "",
        ocopStars: ["4", "5"],
        minPrice: "  ",
        utm_source: "zalo",
        sort: "price_asc",
      }),
    ).toEqual({ q: "ớt", ocopStars: "4", sort: "price_asc" });
  });
});

describe("searchHref", () => {
  const params = { q: "ot chao mao", province: "22", page: "3" };

  it("resets to page 1 when a filter or sort changes", () => {
    expect(searchHref("/search", params, { sort: "price_asc" })).toBe(
      "/search?q=ot+chao+mao&province=22&sort=price_asc",
    );
  });

  it("keeps filters when paging and leaves defaults out of the URL", () => {
    expect(searchHref("/search", params, { page: "4" })).toBe("/search?q=ot+chao+mao&province=22&page=4");
    expect(searchHref("/search", params, { page: "1" })).toBe("/search?q=ot+chao+mao&province=22");
    expect(searchHref("/c/che", {}, { sort: "relevance" })).toBe("/c/che");
  });

  it("encodes %, &, # and Vietnamese text safely", () => {
    const href = searchHref("/search", { q: "100% mật ong & #1" });
    expect(new URL(href, "http://x").searchParams.get("q")).toBe("100% mật ong & #1");
  });
});

describe("pageWindow", () => {
  it("shows all pages when few", () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
  it("shows first, last and neighbours with gaps", () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
  });
  it("fills a gap of exactly one page instead of an ellipsis", () => {
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
  });
});
