import type { DbTx } from "@cho-phien/db";
import type { TCheckoutQuoteInput } from "@cho-phien/validators/checkout";
import type { CartOwner } from "../cart/cart-owner";
import { type CartGroup, getCartView } from "../cart/cart-view";
import type { ShippingOption, ShippingProvider } from "../shipping/shipping-provider";
import { tableShippingProvider } from "../shipping/table-shipping-provider";
import { priceShipments } from "./price-shipments";

export interface QuoteGroup extends CartGroup {
  options: ShippingOption[];
  chosen: ShippingOption | null;
  shippingVnd: number;
  totalVnd: number;
}

export interface CheckoutQuote {
  groups: QuoteGroup[];
  itemsTotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
  /** Some line must be fixed, or some parcel has no carrier: placing the order would be refused. */
  blocked: boolean;
}

/** The caller's cart priced for a destination province: one group per farm with its carrier options. */
export async function quoteCheckout(
  db: DbTx,
  owner: CartOwner | null,
  input: TCheckoutQuoteInput,
  shipping: ShippingProvider = tableShippingProvider,
): Promise<CheckoutQuote> {
  const cart = await getCartView(db, owner);
  const priced = await priceShipments(
    shipping,
    cart.groups.map((g) => ({
      shopId: g.shop.id,
      shopName: g.shop.name,
      originProvinceCode: g.shop.provinceCode,
      freeShippingThresholdVnd: g.shop.freeShippingThresholdVnd,
      subtotalVnd: g.subtotalVnd,
      weightGrams: g.weightGrams,
    })),
    input.provinceCode,
    input.carriers ?? [],
    { strict: false },
  );
  const groups = cart.groups.map((g, i) => {
    const { options, chosen } = priced[i];
    const shippingVnd = chosen?.feeVnd ?? 0;
    return { ...g, options, chosen, shippingVnd, totalVnd: g.subtotalVnd + shippingVnd };
  });
  const itemsTotalVnd = groups.reduce((n, g) => n + g.subtotalVnd, 0);
  const shippingVnd = groups.reduce((n, g) => n + g.shippingVnd, 0);
  return {
    groups,
    itemsTotalVnd,
    shippingVnd,
    totalVnd: itemsTotalVnd + shippingVnd,
    blocked: cart.hasProblems || groups.some((g) => !g.chosen),
  };
}
