import { CARRIER_LABEL, type TCarrier } from "@cho-phien/validators/checkout";
import type {
  ShippingOption,
  ShippingProvider,
  ShippingQuoteRequest,
  ShippingZone,
} from "./shipping-provider";
import { DELIVERY_DAYS, shippingZone } from "./shipping-zone";

/** Fees are stepped per started 500 g: the first step costs `first`, each further step `next`. */
export const WEIGHT_STEP_GRAMS = 500;

export interface CarrierRate {
  carrier: TCarrier;
  /** Heaviest parcel the carrier takes (VNPost 30 kg, GHN 50 kg per the carriers' published limits). */
  maxWeightGrams: number;
  fees: Record<ShippingZone, { first: number; next: number }>;
}

/**
 * Standard road service, in đồng, modelled on the carriers' 2025 public rate cards (rounded). A table, not
 * code, so operations can adjust it without touching the rules below.
 */
export const CARRIER_RATES: readonly CarrierRate[] = [
  {
    carrier: "vnpost",
    maxWeightGrams: 30_000,
    fees: {
      same_province: { first: 16_000, next: 2_500 },
      same_region: { first: 24_000, next: 4_000 },
      other_region: { first: 30_000, next: 5_000 },
    },
  },
  {
    carrier: "ghn",
    maxWeightGrams: 50_000,
    fees: {
      same_province: { first: 15_500, next: 2_500 },
      same_region: { first: 25_000, next: 4_500 },
      other_region: { first: 32_000, next: 5_000 },
    },
  },
  {
    carrier: "ghtk",
    maxWeightGrams: 20_000,
    fees: {
      same_province: { first: 16_500, next: 2_500 },
      same_region: { first: 22_000, next: 5_000 },
      other_region: { first: 30_000, next: 5_500 },
    },
  },
  {
    carrier: "viettelpost",
    maxWeightGrams: 30_000,
    fees: {
      same_province: { first: 18_000, next: 2_000 },
      same_region: { first: 25_000, next: 4_000 },
      other_region: { first: 33_000, next: 4_500 },
    },
  },
];

/** The carrier's fee for a parcel of `weightGrams` in `zone` (no free-shipping offer applied). */
export function tableFee(rate: CarrierRate, zone: ShippingZone, weightGrams: number): number {
  const steps = Math.max(1, Math.ceil(weightGrams / WEIGHT_STEP_GRAMS));
  const { first, next } = rate.fees[zone];
  return first + (steps - 1) * next;
}

/** Synchronous core of the table provider, shared by quotes and order placement. */
export function quoteFromTable(
  req: ShippingQuoteRequest,
  rates: readonly CarrierRate[] = CARRIER_RATES,
): ShippingOption[] {
  const zone = shippingZone(req.originProvinceCode, req.destinationProvinceCode);
  const days = DELIVERY_DAYS[zone];
  const free = req.freeShippingThresholdVnd !== null && req.subtotalVnd >= req.freeShippingThresholdVnd;
  return rates
    .filter((r) => req.weightGrams <= r.maxWeightGrams)
    .map((r, i) => ({ r, i, carrierFeeVnd: tableFee(r, zone, req.weightGrams) }))
    .sort((a, b) => a.carrierFeeVnd - b.carrierFeeVnd || a.i - b.i)
    .map(({ r, carrierFeeVnd }) => ({
      carrier: r.carrier,
      carrierName: CARRIER_LABEL[r.carrier],
      service: "standard",
      zone,
      feeVnd: free ? 0 : carrierFeeVnd,
      carrierFeeVnd,
      freeShipping: free,
      estimatedDaysMin: days.min,
      estimatedDaysMax: days.max,
    }));
}

export const tableShippingProvider: ShippingProvider = {
  async quote(req) {
    return quoteFromTable(req);
  },
};
