import { describe, expect, it } from "vitest";
import { flashCookie, readFlash, withFlash } from "./flash";
import { isSameOrigin } from "./form-post";

describe("flash messages", () => {
  it("shows a message only on the URL that carries its id", () => {
    const { id, cookie } = flashCookie("error", "“Gà Tiên Yên” chỉ còn 3 kg");
    const value = /^cp_flash=([^;]+)/.exec(cookie)![1];
    expect(readFlash(value, id)).toEqual({ kind: "error", message: "“Gà Tiên Yên” chỉ còn 3 kg" });
    expect(readFlash(value, "other")).toBeNull();
    expect(readFlash(value, undefined)).toBeNull();
    expect(readFlash("%7Bbroken", id)).toBeNull();
    expect(withFlash("/cart", id)).toBe(`/cart?f=${id}`);
    expect(withFlash("/p/x?a=1", id)).toBe(`/p/x?a=1&f=${id}`);
  });
});

describe("same-origin form posts", () => {
  const post = (headers: Record<string, string>) =>
    new Request("http://localhost:3000/cart/actions", { method: "POST", headers });
  it("accepts our own origin and refuses others", () => {
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ host: "cho-phien.vn", referer: "https://cho-phien.vn/p/ot" }))).toBe(true);
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "null" }))).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000" }))).toBe(true);
  });
});
