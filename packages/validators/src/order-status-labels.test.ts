import { ORDER_STATUSES } from "@cho-phien/validators/orders";
import { describe, expect, it } from "vitest";
import {
  FARM_ORDER_STATUS_LABELS,
  farmOrderStatusLabel,
  ORDER_STATUS_LABELS,
  orderStatusLabel,
} from "./order-status-labels";

describe("order status labels", () => {
  it("has words for every status in every locale, and no other keys", () => {
    for (const table of [
      ORDER_STATUS_LABELS.vi,
      ORDER_STATUS_LABELS.en,
      FARM_ORDER_STATUS_LABELS.vi,
      FARM_ORDER_STATUS_LABELS.en,
    ]) {
      expect(Object.keys(table).sort()).toEqual([...ORDER_STATUSES].sort());
      for (const s of ORDER_STATUSES) expect(table[s].trim()).not.toBe("");
    }
  });

  it("gives each status its own words, so two steps never read the same", () => {
    for (const table of [
      ORDER_STATUS_LABELS.vi,
      ORDER_STATUS_LABELS.en,
      FARM_ORDER_STATUS_LABELS.vi,
      FARM_ORDER_STATUS_LABELS.en,
    ]) {
      expect(new Set(Object.values(table)).size).toBe(ORDER_STATUSES.length);
    }
  });

  it("keeps the words the buyer's pages show (e2e looks for them)", () => {
    expect(orderStatusLabel("placed", "vi")).toBe("Đã đặt hàng");
    expect(orderStatusLabel("delivered", "vi")).toBe("Đã giao hàng");
    expect(orderStatusLabel("shipped", "en")).toBe("On its way");
    expect(orderStatusLabel("placed")).toBe("Đã đặt hàng");
  });

  it("reads Vietnamese for a locale it does not know", () => {
    expect(orderStatusLabel("cancelled", "fr" as "vi")).toBe("Đã hủy");
  });

  it("keeps the farm's words on the dashboard (e2e looks for them)", () => {
    expect(farmOrderStatusLabel("placed")).toBe("Đơn mới");
    expect(farmOrderStatusLabel("accepted")).toBe("Đã nhận đơn");
    expect(farmOrderStatusLabel("delivered")).toBe("Đã giao");
    expect(farmOrderStatusLabel("placed", "vi")).toBe("Đơn mới");
    expect(farmOrderStatusLabel("placed", "en")).toBe("New order");
    expect(farmOrderStatusLabel("cancelled", "fr" as "vi")).toBe("Đã hủy");
  });
});
