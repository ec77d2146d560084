import { ORDER_STATUSES } from "@cho-phien/validators/orders";
import { describe, expect, it } from "vitest";
import { nextSellerStep } from "./next-seller-step";

describe("nextSellerStep", () => {
  it("walks a farm's order placed → accepted → packed → shipped → delivered", () => {
    expect(nextSellerStep("placed")).toBe("accepted");
    expect(nextSellerStep("accepted")).toBe("packed");
    expect(nextSellerStep("packed")).toBe("shipped");
    expect(nextSellerStep("shipped")).toBe("delivered");
  });

  it("offers nothing while payment is awaited or once the farm's part is over", () => {
    for (const s of ["pending_payment", "delivered", "completed", "cancelled", "refunded"] as const) {
      expect(nextSellerStep(s), s).toBeNull();
    }
  });

  it("knows every order status", () => {
    expect(ORDER_STATUSES).toHaveLength(9);
    for (const s of ORDER_STATUSES) expect(() => nextSellerStep(s)).not.toThrow();
  });
});
