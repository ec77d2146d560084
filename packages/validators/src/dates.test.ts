import { describe, expect, it } from "vitest";
import { formatDateTimeVn, formatDateVn, formatShortDateTimeVn } from "./dates";

describe("Vietnam-time dates", () => {
  // 23:30 UTC on the 29th is already 06:30 on the 30th in Hà Nội (UTC+7).
  const d = new Date("2026-11-29T23:30:00Z");
  it("formats in Asia/Ho_Chi_Minh whatever the server's zone", () => {
    expect(formatDateVn(d)).toBe("30/11/2026");
    expect(formatDateTimeVn(d)).toBe("06:30 30/11/2026");
    expect(formatShortDateTimeVn(d)).toBe("06:30 30/11");
  });
});
