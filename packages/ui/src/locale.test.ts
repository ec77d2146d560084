import { describe, expect, it } from "vitest";
import { localeSwitchResponse, parseLocale } from "./locale";

const swap = (query: string, headers: Record<string, string> = {}) =>
  localeSwitchResponse(
    new Request(`http://cho-phien.vn/locale${query}`, { headers: { host: "cho-phien.vn", ...headers } }),
  );

describe("the language switch", () => {
  it("stores English for a year and goes back to the page the link was on", () => {
    const res = swap("?to=en", { referer: "http://cho-phien.vn/seller?trang=2" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/seller?trang=2");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("set-cookie")).toBe("locale=en; Path=/; Max-Age=31536000; SameSite=Lax");
  });

  it("stores Vietnamese for anything but `en`, and follows a local `?next=`", () => {
    const res = swap("?to=fr&next=%2Fmo-gian-hang%3Ftinh%3D22");
    expect(res.headers.get("set-cookie")).toMatch(/^locale=vi;/);
    expect(res.headers.get("location")).toBe("/mo-gian-hang?tinh=22");
  });

  it("never leaves the site, whatever `next` or the Referer say", () => {
    expect(swap("?to=en&next=%2F%2Fevil.example").headers.get("location")).toBe("/");
    expect(swap("?to=en", { referer: "https://evil.example/x" }).headers.get("location")).toBe("/");
  });

  it("reads a missing or tampered cookie as Vietnamese", () => {
    expect([undefined, "", "EN", "fr", "en"].map(parseLocale)).toEqual(["vi", "vi", "vi", "vi", "en"]);
  });
});
