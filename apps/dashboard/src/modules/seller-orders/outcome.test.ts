import { describe, expect, it } from "vitest";
import { OUTCOMES, outcomeMessage } from "./outcome";

const CODE = "CP251129K7M2QX-1";

describe("outcomeMessage", () => {
  it("confirms each step in the farmer's words, naming the order (e2e reads these)", () => {
    const done = (step: "accepted" | "packed" | "shipped" | "delivered") =>
      outcomeMessage("done", CODE, step, "vi");
    expect(done("accepted")).toEqual({
      ok: true,
      text: `Đã nhận đơn ${CODE}. Hãy chuẩn bị hàng và đóng gói.`,
    });
    expect(done("packed").text).toMatch(/đã đóng gói/);
    expect(done("packed").text).toContain("nhập mã vận đơn");
    expect(done("shipped").text).toMatch(/đã giao cho bên vận chuyển/);
    expect(done("delivered")).toEqual({ ok: true, text: `Đơn ${CODE} đã giao đến người mua.` });
    for (const step of ["accepted", "packed", "shipped", "delivered"] as const) {
      expect(done(step).text).toContain(CODE);
    }
  });

  it("still confirms when the step is unknown, and says when nothing changed", () => {
    expect(outcomeMessage("done", CODE, undefined, "vi")).toEqual({
      ok: true,
      text: `Đã cập nhật đơn ${CODE}.`,
    });
    expect(outcomeMessage("unchanged", CODE, "packed", "vi")).toEqual({
      ok: true,
      text: `Đơn ${CODE} đã ở bước này rồi, không có gì thay đổi.`,
    });
  });

  it("explains each refusal as a problem, never as success", () => {
    expect(outcomeMessage("tracking", CODE, "shipped", "vi")).toEqual({
      ok: false,
      text: `Đơn ${CODE}: vui lòng nhập mã vận đơn (4–60 ký tự, chỉ gồm chữ, số và dấu gạch ngang).`,
    });
    expect(outcomeMessage("not_found", CODE, undefined, "vi").text).toBe(
      `Không tìm thấy đơn ${CODE} trong các gian hàng bạn quản lý.`,
    );
    expect(outcomeMessage("conflict", CODE, "accepted", "vi").text).toContain("vừa thay đổi");
    expect(outcomeMessage("forbidden", CODE, undefined, "vi")).toEqual({
      ok: false,
      text: "Bạn không có quyền xử lý đơn hàng.",
    });
    expect(outcomeMessage("invalid", "", undefined, "vi").text).toBe(
      "Yêu cầu không hợp lệ, vui lòng thử lại.",
    );
    expect(outcomeMessage("error", CODE, undefined, "vi").text).toBe("Có lỗi xảy ra, vui lòng thử lại.");
  });

  it("confirms a decline and asks again for a missing reason, naming the order", () => {
    expect(outcomeMessage("declined", CODE, undefined, "vi")).toEqual({
      ok: true,
      text: `Đã từ chối đơn ${CODE}. Hàng đã được trả về kho và người mua đã được báo lý do.`,
    });
    expect(outcomeMessage("already_cancelled", CODE, undefined, "vi").text).toContain("đã được hủy trước đó");
    expect(outcomeMessage("reason", CODE, undefined, "vi")).toEqual({
      ok: false,
      text: `Đơn ${CODE}: vui lòng nhập lý do từ chối cho người mua (5–300 ký tự).`,
    });
  });

  it("has a message for every outcome; only done, unchanged, the decline and cash-recorded outcomes are good news", () => {
    const good = ["done", "unchanged", "declined", "already_cancelled", "cash_recorded", "cash_unchanged"];
    for (const o of OUTCOMES) {
      const m = outcomeMessage(o, CODE, "accepted", "vi");
      expect(m.text.length, o).toBeGreaterThan(10);
      expect(m.ok, o).toBe(good.includes(o));
    }
    expect(new Set(OUTCOMES.map((o) => outcomeMessage(o, CODE, undefined, "vi").text)).size).toBe(
      OUTCOMES.length,
    );
  });

  it("speaks English when the farmer chose English, with the same good or bad news for every outcome", () => {
    expect(outcomeMessage("done", CODE, "accepted", "en")).toEqual({
      ok: true,
      text: `Order ${CODE} accepted. Get the goods ready and pack them.`,
    });
    expect(outcomeMessage("cash_recorded", CODE, undefined, "en")).toEqual({
      ok: true,
      text: `Cash collected recorded for order ${CODE}.`,
    });
    expect(outcomeMessage("forbidden", CODE, undefined, "en")).toEqual({
      ok: false,
      text: "You may not handle orders.",
    });
    for (const o of OUTCOMES) {
      for (const step of ["accepted", "packed", "shipped", "delivered", undefined] as const) {
        const vi = outcomeMessage(o, CODE, step, "vi");
        const en = outcomeMessage(o, CODE, step, "en");
        expect(en.ok, o).toBe(vi.ok);
        expect(en.text, o).not.toBe(vi.text);
        if (vi.text.includes(CODE)) expect(en.text, o).toContain(CODE);
      }
    }
    expect(new Set(OUTCOMES.map((o) => outcomeMessage(o, CODE, undefined, "en").text)).size).toBe(
      OUTCOMES.length,
    );
  });
});
