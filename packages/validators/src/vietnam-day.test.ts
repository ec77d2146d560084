import { describe, expect, it } from "vitest";
import {
  addVietnamDays,
  formatVietnamDayShort,
  isVietnamDay,
  lastVietnamDays,
  vietnamDay,
  vietnamDayEnd,
  vietnamDayStart,
} from "./vietnam-day";

describe("Vietnam calendar days", () => {
  it("puts an instant on Vietnam's day, not the server's (UTC+7)", () => {
    expect(vietnamDay(new Date("2026-11-30T16:59:59.999Z"))).toBe("2026-11-30");
    expect(vietnamDay(new Date("2026-11-30T17:00:00.000Z"))).toBe("2026-12-01");
  });

  it("starts and ends a day at Vietnam's midnight", () => {
    expect(vietnamDayStart("2026-12-01").toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(vietnamDayEnd("2026-12-01").toISOString()).toBe("2026-12-01T16:59:59.999Z");
  });

  it("counts days across months and years, oldest first", () => {
    expect(addVietnamDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addVietnamDays("2026-12-31", 1)).toBe("2027-01-01");
    const days = lastVietnamDays(new Date("2026-12-01T02:00:00+07:00"), 30);
    expect(days).toHaveLength(30);
    expect(days[0]).toBe("2026-11-02");
    expect(days[29]).toBe("2026-12-01");
  });

  it("accepts only real days written YYYY-MM-DD", () => {
    expect(isVietnamDay("2026-02-28")).toBe(true);
    expect(isVietnamDay("2026-02-30")).toBe(false);
    expect(isVietnamDay("2026-2-3")).toBe(false);
    expect(isVietnamDay("01/12/2026")).toBe(false);
  });

  it("writes a chart day as dd/mm", () => {
    expect(formatVietnamDayShort("2026-12-01")).toBe("01/12");
  });
});
