import type { Db } from "@cho-phien/db";
import { isPublicProduct } from "../catalog/public-product";
import { ensureCartId } from "./cart-owner";

/**
 * Moves a guest cart into the signed-in user's cart, then deletes the guest cart. Quantities of a product in
 * both are summed and capped by stock and the per-order maximum; withdrawn or sold-out products are dropped.
 * The guest cart row is locked first, so two requests arriving right after sign-in merge it only once.
 * Returns the number of guest lines moved.
 */
export async function mergeGuestCart(db: Db, userId: string, guestToken: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Cart" WHERE "guestToken" = ${guestToken} AND "userId" IS NULL FOR UPDATE`;
    const guestCartId = locked[0]?.id;
    if (!guestCartId) return 0;
    const guestItems = await tx.cartItem.findMany({
      where: { cartId: guestCartId },
      select: {
        productId: true,
        quantity: true,
        priceSeenVnd: true,
        product: {
          select: { stock: true, maxPerOrder: true, listingStatus: true, shop: { select: { active: true } } },
        },
      },
    });
    let moved = 0;
    if (guestItems.length > 0) {
      const userCartId = await ensureCartId(tx, { kind: "user", userId });
      const existing = new Map(
        (
          await tx.cartItem.findMany({
            where: { cartId: userCartId },
            select: { productId: true, quantity: true },
          })
        ).map((i) => [i.productId, i.quantity]),
      );
      for (const item of guestItems) {
        const p = item.product;
        const limit = Math.min(p.stock, p.maxPerOrder);
        if (!isPublicProduct(p) || limit <= 0) continue;
        const quantity = Math.min((existing.get(item.productId) ?? 0) + item.quantity, limit);
        await tx.cartItem.upsert({
          where: { cartId_productId: { cartId: userCartId, productId: item.productId } },
          create: {
            cartId: userCartId,
            productId: item.productId,
            quantity,
            priceSeenVnd: item.priceSeenVnd,
          },
          update: { quantity, priceSeenVnd: item.priceSeenVnd },
        });
        moved++;
      }
    }
    await tx.cart.delete({ where: { id: guestCartId } });
    return moved;
  });
}
