import { afterEach, describe, expect, it } from "vitest";
import { guestCookieHeader, mintGuestToken } from "./guest-cart-cookie";

describe("guest cart cookie", () => {
  const saved = process.env.STOREFRONT_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.STOREFRONT_URL;
    else process.env.STOREFRONT_URL = saved;
  });

  it("is Secure whenever the public storefront is https, even behind a proxy that does not say so", () => {
    process.env.STOREFRONT_URL = "https://chophien.vn";
    expect(guestCookieHeader(mintGuestToken())).toMatch(/; Secure$/);
  });

  it("is not Secure on plain-http development, unless the request itself came over https", () => {
    process.env.STOREFRONT_URL = "http://localhost:3000";
    const header = guestCookieHeader(mintGuestToken());
    expect(header).toContain("HttpOnly; SameSite=Lax");
    expect(header).not.toContain("Secure");
    expect(guestCookieHeader(mintGuestToken(), new Headers({ "x-forwarded-proto": "https" }))).toMatch(
      /; Secure$/,
    );
  });
});
