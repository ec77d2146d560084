import { describe, expect, it } from "vitest";
import {
  draftCookie,
  draftFromForm,
  draftFromSaved,
  normalizeDraft,
  readDraft,
  shippingKey,
} from "./checkout-draft";

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

  it("keeps the picked ward's code, and a saved free-text ward only until a ward is picked", () => {
    const form = new FormData();
    form.set("provinceCode", "22");
    form.set("wardCode", "06877");
    form.set("ward", "Xã Đại Dực");
    expect(draftFromForm(form)).toMatchObject({ wardCode: "06877", ward: "" });
    form.set("wardCode", "");
    expect(draftFromForm(form)).toMatchObject({ wardCode: "", ward: "Xã Đại Dực" });
    for (const bad of ["6877", "068770", "0687x", "<b>1</b>"]) {
      form.set("wardCode", bad);
      expect(draftFromForm(form).wardCode, bad).toBe("");
    }
  });

  it("fills the form from a saved address: its ward code, or its old free text to pick again", () => {
    const saved = {
      recipientName: "Triệu Thị Hường",
      phone: "+84912345678",
      provinceCode: "22",
      street: "Thôn Khe Vằn",
    };
    expect(draftFromSaved({ ...saved, wardCode: "06877", ward: "Xã Đông Ngũ" })).toEqual({
      ...saved,
      phone: "0912345678",
      wardCode: "06877",
      ward: "",
    });
    expect(draftFromSaved({ ...saved, wardCode: null, ward: "xã Đại Dực cũ" })).toMatchObject({
      wardCode: "",
      ward: "xã Đại Dực cũ",
    });
  });

  it("keys the shown shipping by province and carriers, independent of order", () => {
    expect(shippingKey("01", { b: "ghn", a: "ghtk" })).toBe(shippingKey("01", { a: "ghtk", b: "ghn" }));
    expect(shippingKey("01", { a: "ghtk" })).not.toBe(shippingKey("22", { a: "ghtk" }));
    expect(shippingKey("01", { a: "ghtk" })).not.toBe(shippingKey("01", { a: "ghn" }));
  });
});
