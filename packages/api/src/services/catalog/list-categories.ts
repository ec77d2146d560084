import type { DbTx } from "@cho-phien/db";
import { publicProductWhere } from "./public-product";

export interface CategorySummary {
  slug: string;
  name: string;
  nameEn: string;
  icon: string;
  /** Approved listings of active shops, so a buyer never opens an empty aisle by surprise. */
  productCount: number;
}

/** Every category in the order the marketplace team chose, with how many listings each holds. */
export async function listCategories(db: DbTx): Promise<CategorySummary[]> {
  const rows = await db.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      nameEn: true,
      icon: true,
      _count: { select: { products: { where: publicProductWhere } } },
    },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, productCount: _count.products }));
}
