import { describe, expect, it } from "vitest";
import { localeOf } from "./request-locale";

const req = (cookie?: string) =>
  new Request("http://localhost:3000/cart/actions", { headers: cookie ? { cookie } : {} });

describe("localeOf", () => {
  it("reads the locale cookie among others", () => {
    expect(localeOf(req("locale=en"))).toBe("en");
    expect(localeOf(req("cp_cart=abc; locale=en; other=1"))).toBe("en");
    expect(localeOf(req("locale=vi"))).toBe("vi");
  });

  it("falls back to Vietnamese", () => {
    expect(localeOf(req())).toBe("vi");
    expect(localeOf(req("locale=fr"))).toBe("vi");
    expect(localeOf(req("mylocale=en"))).toBe("vi");
  });
});
