import { describe, expect, it } from "vitest";
import { certificateScanMessages } from "./messages";
import { isScanOutcome, scanOutcomeMessage } from "./outcome";

describe("certificate scan outcomes", () => {
  it("shows only the outcomes the upload handler sends back, never an arbitrary query value", () => {
    for (const v of [
      "uploaded",
      "too_large",
      "unsupported",
      "broken",
      "no_photo",
      "not_found",
      "conflict",
      "error",
    ]) {
      expect(isScanOutcome(v), v).toBe(true);
    }
    for (const v of [undefined, "", "toString", "__proto__", "<script>"])
      expect(isScanOutcome(v)).toBe(false);
  });

  it("says each outcome in Vietnamese and English, good news only for a saved scan", () => {
    expect(scanOutcomeMessage("uploaded", "vi")).toEqual({ ok: true, text: "Đã lưu bản chụp chứng nhận." });
    expect(scanOutcomeMessage("unsupported", "en")).toEqual({
      ok: false,
      text: "Only photos (JPEG, PNG, WebP) or PDF files are accepted.",
    });
    const vi = Object.keys(certificateScanMessages("vi").outcomes);
    expect(Object.keys(certificateScanMessages("en").outcomes)).toEqual(vi);
  });
});
