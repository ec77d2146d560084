import type { DbTx } from "@cho-phien/db";
import { ZSearchInput } from "@cho-phien/validators/search";
import { type CategorySummary, listCategories } from "./list-categories";
import { type ProductCard, searchProducts } from "./search-products";

export interface CatalogHome {
  categories: CategorySummary[];
  /** Listings with a verified, unexpired OCOP certificate, most stars first. */
  ocopHighlights: ProductCard[];
  newArrivals: ProductCard[];
}

const HIGHLIGHTS = 8;

/** Everything the home page shows, read in parallel. */
export async function getCatalogHome(db: DbTx): Promise<CatalogHome> {
  const [categories, ocop, newest] = await Promise.all([
    listCategories(db),
    searchProducts(db, ZSearchInput.parse({ ocopStars: 3, pageSize: HIGHLIGHTS }), {
      orderBy: "ocop",
      countTotal: false,
    }),
    searchProducts(db, ZSearchInput.parse({ sort: "newest", pageSize: HIGHLIGHTS }), { countTotal: false }),
  ]);
  return { categories, ocopHighlights: ocop.items, newArrivals: newest.items };
}
