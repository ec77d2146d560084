import type { DbTx } from "@cho-phien/db";
import { conflict, type DomainError } from "../../errors";
import { isPublicProduct, publicProductSql } from "../catalog/public-product";
import { soldOut } from "./sold-out";

export interface StockLine {
  productId: string;
  title: string;
  unit: string;
  quantity: number;
  /** The price the buyer was shown: stock is taken only while it still holds. */
  priceVnd: number;
}

/**
 * Takes `quantity` of each product out of stock inside the caller's transaction, with one conditional
 * decrement per product (`stock >= quantity`, still on sale, still at the price charged). If any decrement
 * matches no row it throws the reason and the caller's transaction rolls back: no partial order, no stock
 * lost, and never negative stock however many checkouts race. Products are locked in a fixed order (by id) so
 * two checkouts sharing products never deadlock. Stock comes back through release-order-stock.ts.
 */
export async function reserveStock(tx: DbTx, lines: readonly StockLine[]): Promise<void> {
  const ordered = [...lines].sort((a, b) => (a.productId < b.productId ? -1 : 1));
  for (const l of ordered) {
    const reserved = await tx.$executeRawUnsafe(
      `UPDATE "Product" p SET "stock" = p."stock" - $1
        WHERE p."id" = $2 AND p."stock" >= $1 AND p."priceVnd" = $3
          AND EXISTS (SELECT 1 FROM "Shop" s WHERE s.id = p."shopId" AND ${publicProductSql("p", "s")})`,
      l.quantity,
      l.productId,
      l.priceVnd,
    );
    if (reserved !== 1) throw await whyNotReserved(tx, l);
  }
}

/** Names the reason a conditional decrement matched nothing (the transaction is rolled back either way). */
async function whyNotReserved(tx: DbTx, l: StockLine): Promise<DomainError> {
  const p = await tx.product.findUnique({
    where: { id: l.productId },
    select: { stock: true, listingStatus: true, priceVnd: true, shop: { select: { active: true } } },
  });
  if (!p || !isPublicProduct(p)) {
    return conflict(`"${l.title}" vừa ngừng bán, vui lòng xóa khỏi giỏ hàng`, "PRODUCT_UNAVAILABLE", {
      productId: l.productId,
    });
  }
  if (p.priceVnd !== l.priceVnd) {
    return conflict(
      `Giá "${l.title}" vừa thay đổi. Vui lòng xem lại giá mới trước khi đặt hàng.`,
      "PRICE_CHANGED",
      {
        prices: [{ productId: l.productId, title: l.title, seenVnd: l.priceVnd, currentVnd: p.priceVnd }],
      },
    );
  }
  return soldOut({ id: l.productId, title: l.title, unit: l.unit }, p.stock);
}
