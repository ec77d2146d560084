import { describe, expect, it } from "vitest";
import { formatVnd, ZVnd } from "./money";

describe("money in whole đồng", () => {
  it("formats VND the Vietnamese way", () => {
    // Intl puts a no-break space before the symbol.
    expect(formatVnd(50000).replace(/\s/g, " ")).toBe("50.000 ₫");
    expect(formatVnd(1234568).replace(/\s/g, " ")).toBe("1.234.568 ₫");
  });

  it("refuses fractions, negatives and absurd amounts", () => {
    expect(ZVnd.safeParse(120000).success).toBe(true);
    expect(ZVnd.safeParse(1.5).success).toBe(false);
    expect(ZVnd.safeParse(-1).success).toBe(false);
    expect(ZVnd.safeParse(2_000_000_000).success).toBe(false);
  });
});
