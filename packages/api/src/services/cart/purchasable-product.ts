import type { DbTx } from "@cho-phien/db";
import { formatVnd } from "@cho-phien/validators/money";
import { badRequest, conflict, DomainError } from "../../errors";
import { isPublicProduct } from "../catalog/public-product";

export interface PurchasableProduct {
  id: string;
  title: string;
  unit: string;
  priceVnd: number;
  stock: number;
  maxPerOrder: number;
}

/**
 * A product a buyer may put in a cart: exists, approved, from an active farm. Drafts and rejected listings
 * answer the same "not found" as unknown ids, so a cart call cannot probe unpublished listings.
 */
export async function loadPurchasableProduct(db: DbTx, productId: string): Promise<PurchasableProduct> {
  const p = await db.product.findUnique({
    where: { id: productId },
    select: {
      id: true,
      title: true,
      unit: true,
      priceVnd: true,
      stock: true,
      maxPerOrder: true,
      listingStatus: true,
      shop: { select: { active: true } },
    },
  });
  if (!p || !isPublicProduct(p)) {
    throw new DomainError("NOT_FOUND", "Sản phẩm không tồn tại hoặc đã ngừng bán", "PRODUCT_UNAVAILABLE");
  }
  return {
    id: p.id,
    title: p.title,
    unit: p.unit,
    priceVnd: p.priceVnd,
    stock: p.stock,
    maxPerOrder: p.maxPerOrder,
  };
}

/** Refuses a line quantity above stock or the farm's per-order maximum, naming the limit in the message. */
export function assertQuantityAllowed(p: PurchasableProduct, quantity: number): void {
  if (p.stock <= 0) throw conflict(`"${p.title}" đã hết hàng`, "SOLD_OUT", { productId: p.id, available: 0 });
  if (quantity > p.maxPerOrder) {
    throw badRequest(`Mỗi đơn chỉ mua tối đa ${p.maxPerOrder} ${p.unit} "${p.title}"`, "QUANTITY_OVER_LIMIT");
  }
  if (quantity > p.stock) {
    throw badRequest(`"${p.title}" chỉ còn ${p.stock} ${p.unit}`, "QUANTITY_OVER_STOCK");
  }
}

export function describePrice(p: Pick<PurchasableProduct, "priceVnd" | "unit">): string {
  return `${formatVnd(p.priceVnd)}/${p.unit}`;
}
