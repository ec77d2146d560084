import { describe, expect, it } from "vitest";
import { CASH_OUTCOMES, cashOutcomeMessage } from "./cash-outcome";
import { outcomeMessage } from "./outcome";

const CODE = "CP251129K7M2QX-1";

describe("cash collected outcomes", () => {
  it("confirms a recording and explains each refusal, naming the order, in both languages", () => {
    expect(outcomeMessage("cash_recorded", CODE, undefined, "vi")).toEqual({
      ok: true,
      text: `Đã ghi nhận tiền thu hộ của đơn ${CODE}.`,
    });
    expect(outcomeMessage("cash_over_total", CODE, undefined, "vi")).toEqual({
      ok: false,
      text: `Đơn ${CODE}: số tiền đã thu không được lớn hơn tổng đơn.`,
    });
    for (const o of CASH_OUTCOMES) {
      for (const locale of ["vi", "en"] as const) {
        expect(cashOutcomeMessage(o, CODE, locale).text, `${o} ${locale}`).toContain(CODE);
      }
      expect(cashOutcomeMessage(o, CODE, "en").text).not.toBe(cashOutcomeMessage(o, CODE, "vi").text);
    }
  });
});
