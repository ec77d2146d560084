import { describe, expect, it } from "vitest";
import { needsUnicode, toSmsText } from "./sms-text";

describe("SMS text", () => {
  it("writes Vietnamese without diacritics, đ as d and ₫ as VND, so it fits a plain SMS", () => {
    const text = toSmsText("Chợ Phiên: đã nhận 120.000\u00a0₫ cho đơn “CP1”. Đặt hàng ĐẮK LẮK");
    expect(text).toBe('Cho Phien: da nhan 120.000 VND cho don "CP1". Dat hang DAK LAK');
    expect(needsUnicode(text)).toBe(false);
    expect(needsUnicode("Chợ")).toBe(true);
  });
});
