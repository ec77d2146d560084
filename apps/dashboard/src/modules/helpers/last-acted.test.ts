import { describe, expect, it } from "vitest";
import { lastActedLabel } from "./last-acted";

describe("lastActedLabel", () => {
  const now = new Date("2026-11-29T07:05:00Z"); // 14:05 in Vietnam

  it("says a helper who never acted has done nothing yet", () => {
    expect(lastActedLabel(null, now, "vi")).toBe("chưa làm gì");
  });

  it("counts minutes and hours within the last day", () => {
    expect(lastActedLabel(new Date(now.getTime() - 20_000), now, "vi")).toBe("vừa xong");
    expect(lastActedLabel(new Date(now.getTime() - 12 * 60_000), now, "vi")).toBe("12 phút trước");
    expect(lastActedLabel(new Date(now.getTime() - 3 * 3_600_000 - 60_000), now, "vi")).toBe("3 giờ trước");
  });

  it("shows older actions as day/month and time in Vietnam", () => {
    expect(lastActedLabel(new Date("2026-11-20T17:30:00Z"), now, "vi")).toBe("21/11 00:30");
  });
});

describe("lastActedLabel in English", () => {
  const now = new Date("2026-11-29T07:05:00Z");

  it("says the same things in English, singular and plural", () => {
    expect(lastActedLabel(null, now, "en")).toBe("nothing yet");
    expect(lastActedLabel(new Date(now.getTime() - 60_000), now, "en")).toBe("1 minute ago");
    expect(lastActedLabel(new Date(now.getTime() - 3 * 3_600_000), now, "en")).toBe("3 hours ago");
    expect(lastActedLabel(new Date("2026-11-20T17:30:00Z"), now, "en")).toBe("21/11 00:30");
  });
});
