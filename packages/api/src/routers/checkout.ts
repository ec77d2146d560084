import { ZAddressCreateInput, ZAddressDeleteInput } from "@cho-phien/validators/address";
import { ZCheckoutByCodeInput, ZCheckoutQuoteInput, ZPlaceOrderInput } from "@cho-phien/validators/checkout";
import { createAddress } from "../services/addresses/create-address";
import { deleteAddress } from "../services/addresses/delete-address";
import { listAddresses } from "../services/addresses/list-addresses";
import { resolveCartOwner } from "../services/cart/resolve-cart-owner";
import { getCheckoutByCode } from "../services/checkout/get-checkout-by-code";
import { placeOrder } from "../services/checkout/place-order";
import { quoteCheckout } from "../services/checkout/quote-checkout";
import { clientKey } from "../services/limits/abuse-limits";
import { checkoutExists, enforceOrderPlacementLimits } from "../services/limits/order-placement-limits";
import { availablePaymentMethods } from "../services/payments";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc";

/** A signed-in buyer's saved delivery addresses (own rows only). */
const addressesRouter = createTRPCRouter({
  list: authedProcedure.query(({ ctx }) => listAddresses(ctx.db, ctx.user.id)),
  create: authedProcedure
    .input(ZAddressCreateInput)
    .mutation(({ ctx, input }) => createAddress(ctx.db, ctx.user.id, input)),
  delete: authedProcedure
    .input(ZAddressDeleteInput)
    .mutation(({ ctx, input }) => deleteAddress(ctx.db, ctx.user.id, input.id)),
});

export const checkoutRouter = createTRPCRouter({
  /** Payment methods the buyer may pick now (card only when Stripe is configured). */
  paymentMethods: publicProcedure.query(() => availablePaymentMethods()),

  /** The caller's cart priced to a destination province: one group per farm with carrier options and totals. */
  quote: publicProcedure
    .input(ZCheckoutQuoteInput)
    .query(async ({ ctx, input }) =>
      quoteCheckout(ctx.db, await resolveCartOwner(ctx, { create: false }), input),
    ),

  /**
   * Places the caller's cart: one order per farm, stock reserved atomically. Idempotent on idempotencyKey.
   * Refusals: CONFLICT PRICE_CHANGED (details.prices), SOLD_OUT, CART_CHANGED, CART_EMPTY,
   * IDEMPOTENCY_KEY_REUSED, PRODUCT_UNAVAILABLE; BAD_REQUEST for limits and unavailable payment methods.
   */
  placeOrder: publicProcedure.input(ZPlaceOrderInput).mutation(async ({ ctx, input }) => {
    // A retry with the same key is answered from the first checkout and costs nothing.
    if (ctx.enforceLimits && !(await checkoutExists(ctx.db, input.idempotencyKey))) {
      await enforceOrderPlacementLimits(ctx.db, input, {
        ip: clientKey(ctx.headers),
        accountPhone: ctx.user?.phoneNumber ?? null,
      });
    }
    return placeOrder(ctx.db, {
      buyer: {
        userId: ctx.user?.id ?? null,
        role: ctx.user?.role ?? null,
        phone: ctx.user?.phoneNumber ?? null,
      },
      cart: await resolveCartOwner(ctx, { create: false }),
      input,
    });
  }),

  /** The confirmation page: the buyer's own checkout, or code + phone for guests; anything else NOT_FOUND. */
  byCode: publicProcedure
    .input(ZCheckoutByCodeInput)
    .query(({ ctx, input }) => getCheckoutByCode(ctx.db, { userId: ctx.user?.id ?? null }, input)),

  addresses: addressesRouter,
});
