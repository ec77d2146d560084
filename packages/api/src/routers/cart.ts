import { ZCartAddInput, ZCartRemoveInput, ZCartSetQuantityInput } from "@cho-phien/validators/cart";
import { addToCart } from "../services/cart/add-to-cart";
import { getCartView } from "../services/cart/cart-view";
import { removeFromCart } from "../services/cart/remove-from-cart";
import { resolveCartOwner } from "../services/cart/resolve-cart-owner";
import { setCartQuantity } from "../services/cart/set-cart-quantity";
import { createTRPCRouter, publicProcedure } from "../trpc";

/**
 * The caller's own cart: the signed-in user's, or the guest cart named by the httpOnly `cp_cart` cookie.
 * No procedure takes a cart id, so no input can reach another buyer's cart.
 */
export const cartRouter = createTRPCRouter({
  /** Lines grouped by farm with current prices and availability; empty for a guest without a cart. */
  get: publicProcedure.query(async ({ ctx }) =>
    getCartView(ctx.db, await resolveCartOwner(ctx, { create: false })),
  ),

  /** Adds to a line (within stock and the per-order maximum); a guest's first add sets the cart cookie. */
  add: publicProcedure
    .input(ZCartAddInput)
    .mutation(async ({ ctx, input }) =>
      addToCart(ctx.db, (await resolveCartOwner(ctx, { create: true }))!, input),
    ),

  setQuantity: publicProcedure
    .input(ZCartSetQuantityInput)
    .mutation(async ({ ctx, input }) =>
      setCartQuantity(ctx.db, await resolveCartOwner(ctx, { create: false }), input),
    ),

  remove: publicProcedure
    .input(ZCartRemoveInput)
    .mutation(async ({ ctx, input }) =>
      removeFromCart(ctx.db, await resolveCartOwner(ctx, { create: false }), input),
    ),
});
