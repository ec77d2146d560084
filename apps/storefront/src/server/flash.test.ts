import { describe, expect, it } from "vitest";
import { FLASH_COOKIE, flashCookie, readFlash, withFlash } from "./flash";

const cookieValue = (cookie: string) => new RegExp(`^${FLASH_COOKIE}=([^;]+)`).exec(cookie)![1];

describe("flash messages", () => {
  it("shows a message only on the URL that carries its id", () => {
    const { id, cookie } = flashCookie("error", "“Gà Tiên Yên” chỉ còn 3 kg");
    const value = cookieValue(cookie);
    expect(readFlash(value, id)).toEqual({ kind: "error", message: "“Gà Tiên Yên” chỉ còn 3 kg" });
    expect(readFlash(value, "other")).toBeNull();
    expect(readFlash(value, undefined)).toBeNull();
    expect(readFlash(value, [id])).toBeNull();
    expect(readFlash(undefined, id)).toBeNull();
    expect(readFlash("%7Bbroken", id)).toBeNull();
  });

  it("is a short-lived httpOnly cookie with a fresh id each time", () => {
    const a = flashCookie("ok", "Đã thêm vào giỏ");
    const b = flashCookie("ok", "Đã thêm vào giỏ");
    expect(a.id).not.toBe(b.id);
    expect(a.cookie).toContain("HttpOnly");
    expect(a.cookie).toContain("SameSite=Lax");
    expect(a.cookie).toContain("Max-Age=120");
    expect(readFlash(cookieValue(a.cookie), a.id)).toEqual({ kind: "ok", message: "Đã thêm vào giỏ" });
  });

  it("caps the message length", () => {
    const { id, cookie } = flashCookie("error", "x".repeat(5000));
    expect(readFlash(cookieValue(cookie), id)?.message).toHaveLength(600);
  });

  it("adds the id to the path's query", () => {
    expect(withFlash("/cart", "abc")).toBe("/cart?f=abc");
    expect(withFlash("/p/x?a=1", "abc")).toBe("/p/x?a=1&f=abc");
  });
});
