import type { Db } from "@cho-phien/db";
import type { TCartRemoveInput } from "@cho-phien/validators/cart";
import { type CartOwner, findCartId } from "./cart-owner";
import { type CartView, getCartView } from "./cart-view";

/**
 * Removes a line from the owner's cart. Works for lines whose product was since withdrawn, and is harmless
 * when repeated (a double-tapped button).
 */
export async function removeFromCart(
  db: Db,
  owner: CartOwner | null,
  input: TCartRemoveInput,
): Promise<CartView> {
  const cartId = owner ? await findCartId(db, owner) : null;
  if (cartId) await db.cartItem.deleteMany({ where: { cartId, productId: input.productId } });
  return getCartView(db, owner);
}
