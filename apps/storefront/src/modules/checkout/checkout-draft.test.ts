import qrcode from "qrcode-generator";
import { describe, expect, it } from "vitest";
import { draftCookie, draftFromForm, normalizeDraft, readDraft, shippingKey } from "./checkout-draft";
import { qrSvg } from "./qr-svg";

describe("checkout draft cookie", () => {
  it("round-trips Vietnamese text compactly", () => {
    const form = new FormData();
    form.set("recipientName", "Triệu Thị Hường");
    form.set("phone", "0912 345 678");
    form.set("provinceCode", "22");
    form.set("ward", "Xã Đại Dực");
    form.set("street", "Thôn Khe Vằn, bản Nà Pò");
    form.set("paymentMethod", "vietqr");
    form.set("carrier:shop1", "ghn");
    form.set("saveAddress", "1");
    form.set("idempotencyKey", "not-part-of-the-draft");
    const draft = draftFromForm(form);
    expect(draft).toMatchObject({ ward: "Xã Đại Dực", carriers: { shop1: "ghn" }, saveAddress: true });
    const cookie = draftCookie(draft);
    expect(cookie).toContain("HttpOnly");
    const value = /^cp_checkout_draft=([^;]+)/.exec(cookie)![1];
    expect(readDraft(value)).toEqual(draft);
  });

  it("fits a cookie even at every field's maximum length", () => {
    const long = normalizeDraft({
      recipientName: "Ữ".repeat(500),
      ward: "Ữ".repeat(500),
      street: "Ữ".repeat(500),
    });
    expect(long.street).toHaveLength(200);
    expect(draftCookie(long).length).toBeLessThan(4000);
  });

  it("treats a tampered cookie as no draft, and drops unknown or malformed fields", () => {
    expect(readDraft("not base64 json")).toBeNull();
    expect(readDraft(Buffer.from("[1,2]").toString("base64url"))).toMatchObject({ ward: "" });
    const d = normalizeDraft({
      ward: 42 as never,
      carriers: { "bad id!": "ghn", ok: "<script>", fine: "ghtk" } as never,
      saveAddress: "yes" as never,
    });
    expect(d).toMatchObject({ ward: "", carriers: { fine: "ghtk" }, saveAddress: false });
  });

  it("keys the shown shipping by province and carriers, independent of order", () => {
    expect(shippingKey("01", { b: "ghn", a: "ghtk" })).toBe(shippingKey("01", { a: "ghtk", b: "ghn" }));
    expect(shippingKey("01", { a: "ghtk" })).not.toBe(shippingKey("22", { a: "ghtk" }));
    expect(shippingKey("01", { a: "ghtk" })).not.toBe(shippingKey("01", { a: "ghn" }));
  });
});

describe("QR as SVG", () => {
  it("draws a VietQR payload as one path with a quiet zone", () => {
    const payload =
      "00020101021238570010A00000072701270006970436011310234567890208QRIBFTTA530370454064270005802VN62180814CP251129K7M2QX6304ABCD";
    const { size, path } = qrSvg(payload);
    // 17 + 4·version modules plus 8 of quiet zone; a ~120-byte payload stays a small, easily scanned version.
    expect((size - 8 - 17) % 4).toBe(0);
    expect(size).toBeLessThanOrEqual(65);
    expect(path).toMatch(/^M4 4h7v1h-7z/);
    expect(path).not.toContain("NaN");
  });

  it("paints exactly the dark modules of the code", () => {
    const text = "CP261129NADBJK 1.949.000";
    const qr = qrcode(0, "M");
    qr.addData(text, "Byte");
    qr.make();
    const painted = new Set<string>();
    for (const m of qrSvg(text).path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(m[3]); i++) painted.add(`${Number(m[1]) - 4 + i},${Number(m[2]) - 4}`);
    }
    const n = qr.getModuleCount();
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) expect(painted.has(`${x},${y}`)).toBe(qr.isDark(y, x));
    expect(painted.size).toBeGreaterThan(n);
  });
});
