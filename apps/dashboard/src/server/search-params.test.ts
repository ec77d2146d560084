import { describe, expect, it } from "vitest";
import { param, withParams } from "./search-params";

describe("param", () => {
  it("takes the first value of a repeated parameter", () => {
    expect(param({ q: ["a", "b"] }, "q")).toBe("a");
    expect(param({ q: "a" }, "q")).toBe("a");
    expect(param({ q: "" }, "q")).toBe("");
    expect(param({}, "q")).toBeUndefined();
    expect(param({ q: [] }, "q")).toBeUndefined();
  });
});

describe("withParams", () => {
  it("keeps only the parameters that have a value, encoded", () => {
    expect(withParams("/seller/orders", { "trang-thai": "placed", shop: undefined, page: "" })).toBe(
      "/seller/orders?trang-thai=placed",
    );
    expect(withParams("/admin", { q: "Nguyễn Văn A", page: "2" })).toBe(
      "/admin?q=Nguy%E1%BB%85n+V%C4%83n+A&page=2",
    );
  });

  it("returns the bare path when nothing is left", () => {
    expect(withParams("/reviewer", {})).toBe("/reviewer");
    expect(withParams("/reviewer", { province: undefined })).toBe("/reviewer");
  });
});
