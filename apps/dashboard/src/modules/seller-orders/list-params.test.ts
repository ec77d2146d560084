import { describe, expect, it } from "vitest";
import { DEFAULT_FILTER, listHref, parseListParams, STATUS_PARAM } from "./list-params";

/** The query string of a link, as the page receives it. */
const spOf = (href: string) => Object.fromEntries(new URL(href, "http://localhost:3001").searchParams);

describe("parseListParams", () => {
  it("defaults to the orders waiting for the farm, page 1", () => {
    const { params, input, errors } = parseListParams({});
    expect(DEFAULT_FILTER).toBe("active");
    expect(params).toEqual({ status: "active", shop: undefined, page: 1 });
    expect(input).toMatchObject({ status: "active", page: 1 });
    expect(input.shopId).toBeUndefined();
    expect(errors).toBeNull();
  });

  it("reads a status, a shop and a page from the query", () => {
    const { params, input, errors } = parseListParams({
      [STATUS_PARAM]: "placed",
      shop: "shop-1",
      page: "3",
    });
    expect(errors).toBeNull();
    expect(params).toEqual({ status: "placed", shop: "shop-1", page: 3 });
    expect(input).toMatchObject({ status: "placed", shopId: "shop-1", page: 3 });
  });

  it("treats `all` as no status filter, and an empty value as the default", () => {
    const all = parseListParams({ [STATUS_PARAM]: "all" });
    expect(all.params.status).toBe("all");
    expect(all.input.status).toBeUndefined();
    expect(parseListParams({ [STATUS_PARAM]: "", shop: "", page: "" }).params).toEqual({
      status: "active",
      shop: undefined,
      page: 1,
    });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseListParams({ [STATUS_PARAM]: ["shipped", "placed"], page: ["2", "9"] }).params).toMatchObject(
      {
        status: "shipped",
        page: 2,
      },
    );
  });

  it("falls back to the default list with Vietnamese messages for a bad query", () => {
    const bad = parseListParams({ [STATUS_PARAM]: "lost", page: "2" });
    expect(bad.errors).toEqual(["Trạng thái đơn không hợp lệ"]);
    expect(bad.params).toEqual({ status: "active", page: 1 });
    expect(bad.input).toMatchObject({ status: "active", page: 1 });

    expect(parseListParams({ page: "0" }).errors).toEqual(["Số trang không hợp lệ"]);
    expect(parseListParams({ page: "abc" }).errors).toEqual(["Số trang không hợp lệ"]);
    expect(parseListParams({ page: "1.5" }).errors).toEqual(["Số trang không hợp lệ"]);
    expect(parseListParams({ page: "1001" }).errors).toEqual(["Số trang tối đa là 1000"]);
    expect(parseListParams({ shop: "x".repeat(65) }).errors).toEqual(["Mã gian hàng không hợp lệ"]);
    expect(parseListParams({ [STATUS_PARAM]: "lost", page: "0" }).errors).toEqual([
      "Trạng thái đơn không hợp lệ",
      "Số trang không hợp lệ",
    ]);
  });
});

describe("listHref", () => {
  it("leaves defaults out of the URL", () => {
    expect(listHref({ status: "active", page: 1 })).toBe("/seller/orders");
    expect(listHref({ status: "all", page: 1 })).toBe(`/seller/orders?${STATUS_PARAM}=all`);
    expect(listHref({ status: "packed", shop: "shop-1", page: 2 })).toBe(
      `/seller/orders?${STATUS_PARAM}=packed&shop=shop-1&page=2`,
    );
  });

  it("adds the outcome of a step, dropping empty extras", () => {
    expect(listHref({ status: "active", page: 1 }, { "ket-qua": "done", ma: "CP1-1", buoc: undefined })).toBe(
      "/seller/orders?ket-qua=done&ma=CP1-1",
    );
  });

  it("round-trips through parseListParams", () => {
    for (const p of [
      { status: "active", shop: undefined, page: 1 },
      { status: "all", shop: undefined, page: 4 },
      { status: "delivered", shop: "shop-1", page: 2 },
      { status: "pending_payment", shop: undefined, page: 1 },
    ] as const) {
      expect(parseListParams(spOf(listHref(p))).params).toEqual(p);
    }
  });
});
