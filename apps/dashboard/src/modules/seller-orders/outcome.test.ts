import { describe, expect, it } from "vitest";
import { OUTCOMES, outcomeMessage } from "./outcome";

const CODE = "CP251129K7M2QX-1";

describe("outcomeMessage", () => {
  it("confirms each step in the farmer's words, naming the order (e2e reads these)", () => {
    const done = (step: "accepted" | "packed" | "shipped" | "delivered") =>
      outcomeMessage("done", CODE, step);
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
    expect(outcomeMessage("done", CODE, undefined)).toEqual({ ok: true, text: `Đã cập nhật đơn ${CODE}.` });
    expect(outcomeMessage("unchanged", CODE, "packed")).toEqual({
      ok: true,
      text: `Đơn ${CODE} đã ở bước này rồi, không có gì thay đổi.`,
    });
  });

  it("explains each refusal as a problem, never as success", () => {
    expect(outcomeMessage("tracking", CODE, "shipped")).toEqual({
      ok: false,
      text: `Đơn ${CODE}: vui lòng nhập mã vận đơn (4–60 ký tự, chỉ gồm chữ, số và dấu gạch ngang).`,
    });
    expect(outcomeMessage("not_found", CODE, undefined).text).toBe(
      `Không tìm thấy đơn ${CODE} trong các gian hàng bạn quản lý.`,
    );
    expect(outcomeMessage("conflict", CODE, "accepted").text).toContain("vừa thay đổi");
    expect(outcomeMessage("forbidden", CODE, undefined)).toEqual({
      ok: false,
      text: "Bạn không có quyền xử lý đơn hàng.",
    });
    expect(outcomeMessage("invalid", "", undefined).text).toBe("Yêu cầu không hợp lệ, vui lòng thử lại.");
    expect(outcomeMessage("error", CODE, undefined).text).toBe("Có lỗi xảy ra, vui lòng thử lại.");
  });

  it("confirms a decline and asks again for a missing reason, naming the order", () => {
    expect(outcomeMessage("declined", CODE, undefined)).toEqual({
      ok: true,
      text: `Đã từ chối đơn ${CODE}. Hàng đã được trả về kho và người mua đã được báo lý do.`,
    });
    expect(outcomeMessage("already_cancelled", CODE, undefined).text).toContain("đã được hủy trước đó");
    expect(outcomeMessage("reason", CODE, undefined)).toEqual({
      ok: false,
      text: `Đơn ${CODE}: vui lòng nhập lý do từ chối cho người mua (5–300 ký tự).`,
    });
  });

  it("has a message for every outcome; only done, unchanged and the decline outcomes are good news", () => {
    const good = ["done", "unchanged", "declined", "already_cancelled"];
    for (const o of OUTCOMES) {
      const m = outcomeMessage(o, CODE, "accepted");
      expect(m.text.length, o).toBeGreaterThan(10);
      expect(m.ok, o).toBe(good.includes(o));
    }
    expect(new Set(OUTCOMES.map((o) => outcomeMessage(o, CODE, undefined).text)).size).toBe(OUTCOMES.length);
  });
});
