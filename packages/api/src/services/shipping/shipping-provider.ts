import type { TCarrier } from "@cho-phien/validators/checkout";

/** Where a parcel goes relative to the farm: drives both the fee and the delivery estimate. */
export type ShippingZone = "same_province" | "same_region" | "other_region";

export interface ShippingQuoteRequest {
  /** The farm's province (Shop.provinceCode). */
  originProvinceCode: string;
  destinationProvinceCode: string;
  /** Sum of weight × quantity over the farm's lines. */
  weightGrams: number;
  /** The farm order's goods value, for the farm's free-shipping threshold. */
  subtotalVnd: number;
  /** Shop.freeShippingThresholdVnd: the farm pays shipping at or above this subtotal (null = never). */
  freeShippingThresholdVnd: number | null;
}

export interface ShippingOption {
  carrier: TCarrier;
  carrierName: string;
  service: string;
  zone: ShippingZone;
  /** What the buyer pays: 0 when the farm's free-shipping threshold is reached. */
  feeVnd: number;
  /** The carrier's price before any free-shipping offer (what the farm pays when shipping is free). */
  carrierFeeVnd: number;
  freeShipping: boolean;
  estimatedDaysMin: number;
  estimatedDaysMax: number;
}

/**
 * Prices a farm's parcel. The table-driven implementation stands in for carriers today; a real carrier API
 * (GHN, GHTK, Viettel Post, VNPost) plugs in here. Carrier APIs still use the pre-2025 three-level codes, so
 * an implementation maps our two-level address to theirs itself.
 * Returns every carrier that can take the parcel, cheapest first; an empty list means none can.
 */
export interface ShippingProvider {
  quote(req: ShippingQuoteRequest): Promise<ShippingOption[]>;
}
