import { describe, expect, it } from "vitest";
import { parsePaperSize } from "./paper-size";

describe("parsePaperSize", () => {
  it("prints on the 80 mm roll unless A6 is asked for, whatever the URL says", () => {
    expect(parsePaperSize("a6")).toBe("a6");
    expect(parsePaperSize("80mm")).toBe("80mm");
    expect(parsePaperSize(undefined)).toBe("80mm");
    expect(parsePaperSize("A4")).toBe("80mm");
    expect(parsePaperSize("<script>")).toBe("80mm");
  });
});
