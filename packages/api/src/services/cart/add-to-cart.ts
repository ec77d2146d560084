import type { Db } from "@cho-phien/db";
import { CART_LINES_MAX, type TCartAddInput } from "@cho-phien/validators/cart";
import { badRequest } from "../../errors";
import type { CartOwner } from "./cart-owner";
import { ensureCartId } from "./cart-owner";
import { type CartView, getCartView } from "./cart-view";
import { assertQuantityAllowed, loadPurchasableProduct } from "./purchasable-product";

/**
 * Adds `quantity` of an approved product to the owner's cart (creating the cart on first use). The line's
 * new total must stay within stock and the farm's per-order maximum; the check and the write are one
 * conditional upsert, so two tabs adding at once cannot push a line past the limit.
 * Records the current price as the price the buyer saw.
 */
export async function addToCart(db: Db, owner: CartOwner, input: TCartAddInput): Promise<CartView> {
  const product = await loadPurchasableProduct(db, input.productId);
  assertQuantityAllowed(product, input.quantity);
  const limit = Math.min(product.stock, product.maxPerOrder);
  const cartId = await ensureCartId(db, owner);

  const lines = await db.cartItem.count({ where: { cartId } });
  if (lines >= CART_LINES_MAX) {
    const has = await db.cartItem.count({ where: { cartId, productId: product.id } });
    if (!has) throw badRequest(`Giỏ hàng tối đa ${CART_LINES_MAX} sản phẩm khác nhau`, "CART_FULL");
  }

  const rows = await db.$queryRaw<{ quantity: number }[]>`
    INSERT INTO "CartItem" ("cartId", "productId", "quantity", "priceSeenVnd", "addedAt")
    VALUES (${cartId}, ${product.id}, ${input.quantity}, ${product.priceVnd}, now())
    ON CONFLICT ("cartId", "productId") DO UPDATE
      SET "quantity" = "CartItem"."quantity" + EXCLUDED."quantity", "priceSeenVnd" = EXCLUDED."priceSeenVnd"
      WHERE "CartItem"."quantity" + EXCLUDED."quantity" <= ${limit}
    RETURNING "quantity"`;
  if (rows.length === 0) {
    const current = await db.cartItem.findUnique({
      where: { cartId_productId: { cartId, productId: product.id } },
      select: { quantity: true },
    });
    const has = current?.quantity ?? 0;
    throw badRequest(
      `Giỏ hàng đã có ${has} ${product.unit} "${product.title}"; chỉ mua được tối đa ${limit} ${product.unit}`,
      limit === product.stock ? "QUANTITY_OVER_STOCK" : "QUANTITY_OVER_LIMIT",
    );
  }
  return getCartView(db, owner);
}
