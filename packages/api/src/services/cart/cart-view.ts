import type { DbTx } from "@cho-phien/db";
import { COVER_PHOTO, type PhotoCover, toPhotoCover } from "../catalog/product-photo";
import { isPublicProduct } from "../catalog/public-product";
import { type CartOwner, cartWhere } from "./cart-owner";

/** Why a cart line cannot be ordered as it is. */
export type CartLineProblem = "UNAVAILABLE" | "SOLD_OUT" | "OVER_LIMIT";

export interface CartShop {
  id: string;
  slug: string;
  name: string;
  provinceCode: string;
  freeShippingThresholdVnd: number | null;
}

export interface CartLine {
  productId: string;
  slug: string;
  title: string;
  unit: string;
  image: PhotoCover | null;
  /** The current price: what an order would charge. */
  priceVnd: number;
  /** The price the buyer saw when adding. */
  priceSeenVnd: number;
  priceChanged: boolean;
  quantity: number;
  /** The most this line may hold now: min(stock, maxPerOrder). */
  maxQuantity: number;
  weightGrams: number;
  lineVnd: number;
  problem: CartLineProblem | null;
}

export interface CartGroup {
  shop: CartShop;
  lines: CartLine[];
  subtotalVnd: number;
  weightGrams: number;
}

export interface CartView {
  /** One group per farm, in the order the buyer first added from it. */
  groups: CartGroup[];
  itemCount: number;
  subtotalVnd: number;
  /** Some line must be fixed (removed or reduced) before checkout. */
  hasProblems: boolean;
}

export const EMPTY_CART: CartView = { groups: [], itemCount: 0, subtotalVnd: 0, hasProblems: false };

/** The owner's cart with current prices, stock and availability; an empty view when there is no cart. */
export async function getCartView(db: DbTx, owner: CartOwner | null): Promise<CartView> {
  if (!owner) return EMPTY_CART;
  const cart = await db.cart.findUnique({
    where: cartWhere(owner),
    select: {
      items: {
        orderBy: [{ addedAt: "asc" }, { productId: "asc" }],
        select: {
          quantity: true,
          priceSeenVnd: true,
          product: {
            select: {
              id: true,
              slug: true,
              title: true,
              unit: true,
              images: COVER_PHOTO,
              priceVnd: true,
              weightGrams: true,
              stock: true,
              maxPerOrder: true,
              listingStatus: true,
              shop: {
                select: {
                  id: true,
                  slug: true,
                  name: true,
                  provinceCode: true,
                  freeShippingThresholdVnd: true,
                  active: true,
                },
              },
            },
          },
        },
      },
    },
  });
  if (!cart || cart.items.length === 0) return EMPTY_CART;

  const groups = new Map<string, CartGroup>();
  for (const item of cart.items) {
    const p = item.product;
    const { active: _active, ...shop } = p.shop;
    const maxQuantity = Math.max(0, Math.min(p.stock, p.maxPerOrder));
    const problem: CartLineProblem | null = !isPublicProduct(p)
      ? "UNAVAILABLE"
      : p.stock <= 0
        ? "SOLD_OUT"
        : item.quantity > maxQuantity
          ? "OVER_LIMIT"
          : null;
    const line: CartLine = {
      productId: p.id,
      slug: p.slug,
      title: p.title,
      unit: p.unit,
      image: toPhotoCover(p.images[0]),
      priceVnd: p.priceVnd,
      priceSeenVnd: item.priceSeenVnd,
      priceChanged: p.priceVnd !== item.priceSeenVnd,
      quantity: item.quantity,
      maxQuantity,
      weightGrams: p.weightGrams,
      lineVnd: p.priceVnd * item.quantity,
      problem,
    };
    let g = groups.get(shop.id);
    if (!g) {
      g = { shop, lines: [], subtotalVnd: 0, weightGrams: 0 };
      groups.set(shop.id, g);
    }
    g.lines.push(line);
    g.subtotalVnd += line.lineVnd;
    g.weightGrams += p.weightGrams * item.quantity;
  }
  const list = [...groups.values()];
  return {
    groups: list,
    itemCount: list.reduce((n, g) => n + g.lines.reduce((m, l) => m + l.quantity, 0), 0),
    subtotalVnd: list.reduce((n, g) => n + g.subtotalVnd, 0),
    hasProblems: list.some((g) => g.lines.some((l) => l.problem !== null)),
  };
}
