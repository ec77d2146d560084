import { describe, expect, it } from "vitest";
import { fieldOfIssuePath } from "./open-shop-state";

describe("the open-shop form's messages", () => {
  it("puts each schema issue beside its input, payout fields included", () => {
    expect(fieldOfIssuePath(["name"])).toBe("name");
    expect(fieldOfIssuePath(["wardCode"])).toBe("wardCode");
    expect(fieldOfIssuePath(["payout", "accountNo"])).toBe("accountNo");
    expect(fieldOfIssuePath(["payout", "bankBin"])).toBe("bankBin");
  });

  it("leaves issues that belong to no input for the form-wide message", () => {
    expect(fieldOfIssuePath([])).toBeUndefined();
    expect(fieldOfIssuePath(["payout"])).toBeUndefined();
    expect(fieldOfIssuePath(["constructor"])).toBeUndefined();
  });
});
