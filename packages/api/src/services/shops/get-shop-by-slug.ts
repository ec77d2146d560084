import type { DbTx } from "@cho-phien/db";
import { provinceByCode } from "@cho-phien/validators/provinces";
import { ZSearchInput } from "@cho-phien/validators/search";
import { notFound } from "../../errors";
import { type SearchResult, searchProducts } from "../catalog/search-products";

export interface ShopPage {
  slug: string;
  name: string;
  story: string;
  provinceCode: string;
  provinceName: string;
  communeName: string;
  /** The shop photo's served path (largest copy), or null. */
  photoPath: string | null;
  createdAt: Date;
  /** Approved listings only; drafts and listings under review stay private to the farmer. */
  products: SearchResult;
}

const SHOP_PAGE_SIZE = 24;

/**
 * A farm's public page. Contact details (phone, street address, owner) are left out on purpose: buyers reach
 * the farm through orders, and the farmer's phone number is not published to everyone.
 */
export async function getShopBySlug(db: DbTx, slug: string, page = 1): Promise<ShopPage> {
  const shop = await db.shop.findFirst({
    where: { slug, active: true },
    select: {
      id: true,
      slug: true,
      name: true,
      story: true,
      provinceCode: true,
      communeName: true,
      photoPath: true,
      createdAt: true,
    },
  });
  if (!shop) throw notFound("Không tìm thấy gian hàng này");
  const products = await searchProducts(
    db,
    ZSearchInput.parse({ sort: "newest", page, pageSize: SHOP_PAGE_SIZE }),
    {
      shopId: shop.id,
    },
  );
  const { id: _id, ...rest } = shop;
  return { ...rest, provinceName: provinceByCode(shop.provinceCode)?.name ?? shop.provinceCode, products };
}
