import type { DbTx } from "@cho-phien/db";
import { notFound } from "../../errors";
import type { CategorySummary } from "./list-categories";
import { publicProductWhere } from "./public-product";

/** One category for its aisle page; its listings come from `searchProducts` with the category filter. */
export async function getCategoryBySlug(db: DbTx, slug: string): Promise<CategorySummary> {
  const c = await db.category.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      nameEn: true,
      icon: true,
      _count: { select: { products: { where: publicProductWhere } } },
    },
  });
  if (!c) throw notFound("Không tìm thấy danh mục này");
  const { _count, ...rest } = c;
  return { ...rest, productCount: _count.products };
}
