import { describe, expect, it } from "vitest";
import { reviewerMessages } from "./messages";
import { waitingAge } from "./waiting-age";

const now = new Date("2026-12-01T10:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("waitingAge", () => {
  it("splits the wait into days, hours and minutes", () => {
    expect(waitingAge(ago(2 * 1440 + 3 * 60 + 5), now)).toEqual({ days: 2, hours: 3, minutes: 5 });
    expect(waitingAge(ago(59), now)).toEqual({ days: 0, hours: 0, minutes: 59 });
  });

  it("never goes negative when the item looks newer than now", () => {
    expect(waitingAge(new Date(now.getTime() + 60_000), now)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it("reads as a reviewer says it, in both languages", () => {
    const vi = reviewerMessages("vi");
    const en = reviewerMessages("en");
    expect(vi.age(waitingAge(ago(2 * 1440 + 3 * 60), now))).toBe("2 ngày 3 giờ");
    expect(vi.age(waitingAge(ago(90), now))).toBe("1 giờ 30 phút");
    expect(vi.age(waitingAge(ago(0), now))).toBe("1 phút");
    expect(en.age(waitingAge(ago(1440), now))).toBe("1 day");
  });
});
