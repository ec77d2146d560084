import { describe, expect, it } from "vitest";
import { parseRatingsParams, ratingAnchor, ratingsHref } from "./list-params";

describe("the ratings list URL", () => {
  it("round-trips the shop and page, and falls back to the first page for a hand-edited one", () => {
    const p = parseRatingsParams({ shop: "shop_1", page: "3" });
    expect(p).toEqual({ shop: "shop_1", page: 3 });
    expect(ratingsHref(p, { "ket-qua": "replied" })).toBe(
      "/seller/ratings?shop=shop_1&page=3&ket-qua=replied",
    );
    expect(ratingsHref({ page: 1 })).toBe("/seller/ratings");
    expect(parseRatingsParams({ page: "-1" })).toEqual({ page: 1 });
    expect(parseRatingsParams({ page: "99999999" })).toEqual({ page: 1 });
  });

  it("makes an anchor that cannot break out of the URL fragment", () => {
    expect(ratingAnchor("rv_1a2b-3c")).toBe("danh-gia-rv_1a2b-3c");
    expect(ratingAnchor('x"><script>')).toBe("danh-gia-xscript");
  });
});
