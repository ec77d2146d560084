import qrcode from "qrcode-generator";
import { describe, expect, it } from "vitest";
import { qrSvg } from "./qr-svg";

describe("QR as SVG", () => {
  it("draws a VietQR payload as one path with a quiet zone", () => {
    const payload =
      "00020101021238570010A00000072701270006970436011310234567890208QRIBFTTA530370454064270005802VN62180814CP251129K7M2QX6304ABCD";
    const { size, path } = qrSvg(payload);
    // 17 + 4·version modules plus 8 of quiet zone; a ~120-byte payload stays a small, easily scanned version.
    expect((size - 8 - 17) % 4).toBe(0);
    expect(size).toBeLessThanOrEqual(65);
    expect(path).toMatch(/^M4 4h7v1h-7z/);
    expect(path).not.toContain("NaN");
  });

  it("paints exactly the dark modules of the code", () => {
    const text = "CP261129NADBJK 1.949.000";
    const qr = qrcode(0, "M");
    qr.addData(text, "Byte");
    qr.make();
    const painted = new Set<string>();
    for (const m of qrSvg(text).path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(m[3]); i++) painted.add(`${Number(m[1]) - 4 + i},${Number(m[2]) - 4}`);
    }
    const n = qr.getModuleCount();
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) expect(painted.has(`${x},${y}`)).toBe(qr.isDark(y, x));
    expect(painted.size).toBeGreaterThan(n);
  });
});
