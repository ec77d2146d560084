import { describe, expect, it } from "vitest";
import { shippingZone } from "./shipping-zone";
import { CARRIER_RATES, quoteFromTable, tableFee, tableShippingProvider } from "./table-shipping-provider";

const QUANG_NINH = "22";
const HA_NOI = "01";
const LAM_DONG = "68";
const HCM = "79";

const req = (over: Partial<Parameters<typeof quoteFromTable>[0]> = {}) => ({
  originProvinceCode: QUANG_NINH,
  destinationProvinceCode: QUANG_NINH,
  weightGrams: 500,
  subtotalVnd: 100_000,
  freeShippingThresholdVnd: null,
  ...over,
});

describe("shipping zones", () => {
  it("tells same province, same region and other region apart using the 34-province regions", () => {
    expect(shippingZone(QUANG_NINH, QUANG_NINH)).toBe("same_province");
    expect(shippingZone(QUANG_NINH, HA_NOI)).toBe("same_region");
    expect(shippingZone(QUANG_NINH, LAM_DONG)).toBe("other_region");
    expect(shippingZone(LAM_DONG, "48")).toBe("same_region");
    expect(shippingZone(HCM, "96")).toBe("same_region");
    expect(shippingZone("unknown", HA_NOI)).toBe("other_region");
  });
});

describe("table fees", () => {
  const ghn = CARRIER_RATES.find((r) => r.carrier === "ghn")!;

  it("charges per started 500 g step", () => {
    expect(tableFee(ghn, "same_province", 1)).toBe(15_500);
    expect(tableFee(ghn, "same_province", 500)).toBe(15_500);
    expect(tableFee(ghn, "same_province", 501)).toBe(18_000);
    expect(tableFee(ghn, "same_province", 1_000)).toBe(18_000);
    expect(tableFee(ghn, "other_region", 2_300)).toBe(32_000 + 4 * 5_000);
  });

  it("costs more the farther the parcel goes, for every carrier and weight", () => {
    for (const rate of CARRIER_RATES) {
      for (const w of [200, 500, 1_700, 10_000]) {
        expect(tableFee(rate, "same_province", w)).toBeLessThan(tableFee(rate, "same_region", w));
        expect(tableFee(rate, "same_region", w)).toBeLessThan(tableFee(rate, "other_region", w));
      }
    }
  });

  it("offers all four carriers, cheapest first, with delivery days by zone", () => {
    const near = quoteFromTable(req());
    expect(near.map((o) => o.carrier).sort()).toEqual(["ghn", "ghtk", "viettelpost", "vnpost"]);
    expect(near[0]).toMatchObject({
      carrier: "ghn",
      feeVnd: 15_500,
      estimatedDaysMin: 1,
      estimatedDaysMax: 2,
    });
    for (let i = 1; i < near.length; i++) expect(near[i].feeVnd).toBeGreaterThanOrEqual(near[i - 1].feeVnd);
    expect(quoteFromTable(req({ destinationProvinceCode: HA_NOI }))[0]).toMatchObject({
      zone: "same_region",
      carrier: "ghtk",
      feeVnd: 22_000,
      estimatedDaysMin: 2,
      estimatedDaysMax: 3,
    });
    expect(quoteFromTable(req({ destinationProvinceCode: HCM }))[0]).toMatchObject({
      zone: "other_region",
      estimatedDaysMin: 3,
      estimatedDaysMax: 5,
    });
  });

  it("makes shipping free at or above the farm's threshold, keeping the carrier's price visible", () => {
    const below = quoteFromTable(req({ subtotalVnd: 299_999, freeShippingThresholdVnd: 300_000 }));
    expect(below[0]).toMatchObject({ feeVnd: 15_500, freeShipping: false });
    const at = quoteFromTable(req({ subtotalVnd: 300_000, freeShippingThresholdVnd: 300_000 }));
    expect(at.every((o) => o.feeVnd === 0 && o.freeShipping && o.carrierFeeVnd > 0)).toBe(true);
  });

  it("drops carriers that cannot take a heavy parcel, and offers none above every limit", () => {
    const heavy = quoteFromTable(req({ weightGrams: 25_000 }));
    expect(heavy.map((o) => o.carrier).sort()).toEqual(["ghn", "viettelpost", "vnpost"]);
    expect(quoteFromTable(req({ weightGrams: 40_000 })).map((o) => o.carrier)).toEqual(["ghn"]);
    expect(quoteFromTable(req({ weightGrams: 50_001 }))).toEqual([]);
  });

  it("answers through the ShippingProvider interface", async () => {
    expect(await tableShippingProvider.quote(req())).toEqual(quoteFromTable(req()));
  });
});
