import type { Db } from "@cho-phien/db";
import type { TCartSetQuantityInput } from "@cho-phien/validators/cart";
import { DomainError } from "../../errors";
import { type CartOwner, findCartId } from "./cart-owner";
import { type CartView, getCartView } from "./cart-view";
import { assertQuantityAllowed, loadPurchasableProduct } from "./purchasable-product";

/**
 * Sets a line's quantity (a positive whole number within stock and the per-order maximum). The cart page
 * shows current prices, so the price the buyer saw is refreshed with the change.
 */
export async function setCartQuantity(
  db: Db,
  owner: CartOwner | null,
  input: TCartSetQuantityInput,
): Promise<CartView> {
  const product = await loadPurchasableProduct(db, input.productId);
  assertQuantityAllowed(product, input.quantity);
  const cartId = owner ? await findCartId(db, owner) : null;
  const updated = cartId
    ? await db.cartItem.updateMany({
        where: { cartId, productId: product.id },
        data: { quantity: input.quantity, priceSeenVnd: product.priceVnd },
      })
    : { count: 0 };
  if (updated.count === 0) {
    throw new DomainError("NOT_FOUND", "Sản phẩm này không có trong giỏ hàng của bạn", "NOT_IN_CART");
  }
  return getCartView(db, owner);
}
