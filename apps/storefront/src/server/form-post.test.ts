import { describe, expect, it } from "vitest";
import { field, isSameOrigin, readForm, redirectTo } from "./form-post";

const post = (headers: Record<string, string>, body?: BodyInit) =>
  new Request("http://localhost:3000/cart/actions", { method: "POST", headers, body });

describe("same-origin form posts", () => {
  it("accepts our own origin and refuses others", () => {
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ host: "cho-phien.vn", referer: "https://cho-phien.vn/p/ot" }))).toBe(true);
    expect(
      isSameOrigin(
        post({ "x-forwarded-host": "cho-phien.vn", host: "app:3000", origin: "https://cho-phien.vn" }),
      ),
    ).toBe(true);
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "null" }))).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "not a url" }))).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000" }))).toBe(true);
  });
});

describe("readForm", () => {
  it("reads a same-origin form", async () => {
    const form = await readForm(
      post(
        { host: "localhost:3000", origin: "http://localhost:3000" },
        new URLSearchParams({ intent: "add" }),
      ),
    );
    expect(form).toBeInstanceOf(FormData);
    expect(field(form as FormData, "intent")).toBe("add");
    expect(field(form as FormData, "missing")).toBeUndefined();
  });

  it("answers 403 to a cross-site post and 413 to an oversized one", async () => {
    const foreign = await readForm(post({ host: "localhost:3000", origin: "https://evil.example" }, "a=1"));
    expect((foreign as Response).status).toBe(403);
    const big = await readForm(post({ host: "localhost:3000", "content-length": String(64 * 1024) }, "a=1"));
    expect((big as Response).status).toBe(413);
  });
});

describe("redirectTo", () => {
  it("is a 303 to a relative path carrying every cookie", () => {
    const res = redirectTo("/cart?f=abc", ["cp_cart=1; Path=/", "cp_flash=x; Path=/"]);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/cart?f=abc");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.getSetCookie()).toEqual(["cp_cart=1; Path=/", "cp_flash=x; Path=/"]);
  });
});
