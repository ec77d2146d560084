import type { Prisma } from "@cho-phien/db";

/**
 * What buyers may see and buy: an approved listing of an active shop. Every catalog read, the cart, checkout
 * and the search SQL use a form of this one rule, so a listing leaves every storefront surface at once when it
 * is unapproved or its shop is suspended.
 */
export const publicProductWhere = {
  listingStatus: "approved",
  shop: { active: true },
} as const satisfies Prisma.ProductWhereInput;

/** For rows already read with their listing status and shop: the rule applied in code. */
export function isPublicProduct(p: { listingStatus: string; shop: { active: boolean } }): boolean {
  return p.listingStatus === "approved" && p.shop.active;
}

/**
 * The rule in SQL, for a query that joins "Product" as `product` and its "Shop" as `shop`. The aliases are
 * fixed identifiers from our own code, never user input.
 */
export function publicProductSql(product: string, shop: string): string {
  return `${approvedListingSql(product)} AND ${shop}.active`;
}

/**
 * The listing half alone, for index-ordered prefilters over "Product" that the full rule filters again
 * afterwards (the search's windows): they must not join "Shop" or the planner loses the index order.
 */
export function approvedListingSql(product: string): string {
  return `${product}."listingStatus" = 'approved'`;
}
