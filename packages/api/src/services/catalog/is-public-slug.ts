import type { DbTx } from "@cho-phien/db";
import { type TPublicPageKind, ZSlug } from "@cho-phien/validators/search";
import { publicProductWhere } from "./public-product";

/**
 * Whether a buyer-facing page exists for this slug, by the same rules as the pages themselves (approved
 * listing of an active shop; active shop; any category). One indexed lookup, used by the storefront proxy to
 * answer a dead link with a real 404 page before rendering starts.
 */
export async function isPublicSlug(db: DbTx, kind: TPublicPageKind, slug: string): Promise<boolean> {
  if (!ZSlug.safeParse(slug).success) return false;
  switch (kind) {
    case "product":
      return (
        (await db.product.count({
          where: { slug, ...publicProductWhere },
          take: 1,
        })) > 0
      );
    case "shop":
      return (await db.shop.count({ where: { slug, active: true }, take: 1 })) > 0;
    case "category":
      return (await db.category.count({ where: { slug }, take: 1 })) > 0;
  }
}
