import { LISTING_STATUSES } from "@cho-phien/validators/listings";
import { describe, expect, it } from "vitest";
import { canMoveListing, LISTING_TRANSITIONS, nextListingStatuses } from "./listing-transitions";

describe("listing transition table", () => {
  it("has a row for every listing status and no unknown targets", () => {
    expect(Object.keys(LISTING_TRANSITIONS).sort()).toEqual([...LISTING_STATUSES].sort());
    for (const targets of Object.values(LISTING_TRANSITIONS)) {
      for (const to of Object.keys(targets)) expect(LISTING_STATUSES).toContain(to);
    }
  });

  it("lets the farm submit a draft but only a reviewer decide it", () => {
    expect(canMoveListing("draft", "submitted", "seller")).toBe(true);
    expect(canMoveListing("draft", "submitted", "reviewer")).toBe(false);
    expect(canMoveListing("submitted", "approved", "reviewer")).toBe(true);
    expect(canMoveListing("submitted", "approved", "seller")).toBe(false);
    expect(nextListingStatuses("submitted", "reviewer").sort()).toEqual(
      ["approved", "changes_requested", "rejected"].sort(),
    );
  });

  it("refuses steps that skip review", () => {
    expect(canMoveListing("draft", "approved", "seller")).toBe(false);
    expect(canMoveListing("draft", "approved", "reviewer")).toBe(false);
    expect(canMoveListing("changes_requested", "approved", "reviewer")).toBe(false);
    expect(canMoveListing("rejected", "submitted", "seller")).toBe(false);
  });

  it("lets the farm pause and restore a listing", () => {
    expect(canMoveListing("approved", "archived", "seller")).toBe(true);
    expect(nextListingStatuses("archived", "seller").sort()).toEqual(["approved", "draft"]);
  });
});
