import { describe, expect, it } from "vitest";
import { maskPhone, toLocalPhone, toZnsPhone } from "./phone-formats";

describe("phone forms", () => {
  it("writes phone numbers as each provider wants them, and masks them for logs", () => {
    expect(toLocalPhone("+84912345678")).toBe("0912345678");
    expect(toZnsPhone("+84912345678")).toBe("84912345678");
    expect(maskPhone("+84912345678")).toBe("09•• ••• 678");
  });
});
