import type { TCarrier } from "@cho-phien/validators/checkout";
import { badRequest } from "../../errors";
import type { ShippingOption, ShippingProvider } from "../shipping/shipping-provider";

/** One farm's parcel: what the shipping price depends on. */
export interface ShopParcel {
  shopId: string;
  shopName: string;
  originProvinceCode: string;
  freeShippingThresholdVnd: number | null;
  subtotalVnd: number;
  weightGrams: number;
}

export interface PricedParcel {
  shopId: string;
  options: ShippingOption[];
  /** The buyer's pick if offered, else the cheapest; null when no carrier takes the parcel. */
  chosen: ShippingOption | null;
}

/**
 * Prices each farm's parcel to `destinationProvinceCode`. A carrier the buyer picked that cannot take the
 * parcel is a clear 400 (`strict`), or falls back to the cheapest on a quote page.
 */
export async function priceShipments(
  provider: ShippingProvider,
  parcels: ShopParcel[],
  destinationProvinceCode: string,
  choices: { shopId: string; carrier: TCarrier }[],
  opts: { strict: boolean },
): Promise<PricedParcel[]> {
  const picked = new Map(choices.map((c) => [c.shopId, c.carrier]));
  return Promise.all(
    parcels.map(async (p) => {
      const options = await provider.quote({
        originProvinceCode: p.originProvinceCode,
        destinationProvinceCode,
        weightGrams: p.weightGrams,
        subtotalVnd: p.subtotalVnd,
        freeShippingThresholdVnd: p.freeShippingThresholdVnd,
      });
      const want = picked.get(p.shopId);
      const wanted = want ? options.find((o) => o.carrier === want) : undefined;
      if (want && !wanted && opts.strict) {
        throw badRequest(
          `Đơn vị vận chuyển đã chọn không nhận kiện hàng của ${p.shopName}`,
          "CARRIER_UNAVAILABLE",
        );
      }
      const chosen = wanted ?? options[0] ?? null;
      if (!chosen && opts.strict) {
        throw badRequest(
          `Kiện hàng của ${p.shopName} quá nặng (${(p.weightGrams / 1000).toLocaleString("vi-VN")} kg) để gửi một lần, vui lòng giảm số lượng`,
          "PARCEL_TOO_HEAVY",
        );
      }
      return { shopId: p.shopId, options, chosen };
    }),
  );
}
