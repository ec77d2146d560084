import { describe, expect, it } from "vitest";
import { backPath, MAX_LOCAL_PATH, safeLocalPath } from "./safe-path";

describe("safeLocalPath", () => {
  it.each([
    "/",
    "/orders?x=1",
    "/p/ot-chao-mao-dai-duc?x=1",
    "/seller/orders?trang-thai=placed#don-CP1-1",
    "/tim-kiem?q=g%C3%A0",
  ])("keeps the local path %j", (path) => {
    expect(safeLocalPath(path)).toBe(path);
  });

  it.each([
    "https://evil.example",
    "http://evil.example/orders",
    "javascript:alert(1)",
    "orders",
    "//evil.example",
    "//evil.example/orders?x=1",
    "/\\evil.example",
    "/\\/evil.example",
    "/orders\\..\\x",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/orders\u0000",
    "/orders\u007f",
    "",
    null,
    undefined,
  ])("refuses %j", (value) => {
    expect(safeLocalPath(value)).toBe("/");
  });

  it("refuses an over-long path but keeps one at the limit", () => {
    const atLimit = `/${"a".repeat(MAX_LOCAL_PATH - 1)}`;
    expect(safeLocalPath(atLimit)).toBe(atLimit);
    expect(safeLocalPath(`${atLimit}a`)).toBe("/");
  });

  it("answers with the caller's fallback when refusing", () => {
    expect(safeLocalPath(undefined, "/cart")).toBe("/cart");
    expect(safeLocalPath("//evil.example", "/cart")).toBe("/cart");
    expect(safeLocalPath("/p/ot", "/cart")).toBe("/p/ot");
  });
});

describe("backPath", () => {
  const host = "cho-phien.vn";

  it("prefers `next`, through the same guard", () => {
    expect(backPath({ next: "/seller?trang=2", referer: "https://cho-phien.vn/cart", host })).toBe(
      "/seller?trang=2",
    );
    expect(backPath({ next: "//evil.example", referer: "https://cho-phien.vn/cart", host })).toBe("/");
  });

  it("goes back to a Referer on this site, path and query only", () => {
    expect(backPath({ next: null, referer: "https://cho-phien.vn/p/ot?x=1#top", host })).toBe("/p/ot?x=1");
  });

  it("goes home for another site's Referer, a broken one, or none", () => {
    expect(backPath({ next: null, referer: "https://evil.example/p/ot", host })).toBe("/");
    expect(backPath({ next: null, referer: "not a url", host })).toBe("/");
    expect(backPath({ next: null, referer: null, host }, "/seller")).toBe("/seller");
  });
});
