import type { DbTx, OcopLevel } from "@cho-phien/db";
import { provinceByCode } from "@cho-phien/validators/provinces";
import { ZSearchInput } from "@cho-phien/validators/search";
import { notFound } from "../../errors";
import { PRODUCT_PHOTOS, type ProductPhoto, toProductPhoto } from "./product-photo";
import { publicProductWhere } from "./public-product";
import { type ProductCard, searchProducts } from "./search-products";

export interface OcopBadge {
  stars: number;
  decisionNumber: string;
  issuingAuthority: string;
  issuingLevel: OcopLevel;
  signedAt: Date;
  expiresAt: Date;
  productGroup: string | null;
  producer: string | null;
  traceabilityCode: string | null;
  /** The public verification page's code (/ocop/<code>), once a reviewer verified the certificate. */
  publicCode: string | null;
}

export interface ProductDetail {
  id: string;
  slug: string;
  title: string;
  description: string;
  unit: string;
  priceVnd: number;
  stock: number;
  inStock: boolean;
  maxPerOrder: number;
  weightGrams: number;
  /** Every photo in the farm's order; the first is the cover. */
  images: ProductPhoto[];
  harvestSeason: string | null;
  origin: string | null;
  rating: { count: number; average: number | null };
  category: { slug: string; name: string; nameEn: string };
  shop: { slug: string; name: string; provinceCode: string; provinceName: string; communeName: string };
  /** Present only while the certificate is verified and unexpired: a lapsed badge must vanish by itself. */
  ocop: OcopBadge | null;
  moreFromShop: ProductCard[];
}

/** A product page. Anything but an approved listing of an active shop is "not found", never a hint it exists. */
export async function getProductBySlug(db: DbTx, slug: string): Promise<ProductDetail> {
  const p = await db.product.findFirst({
    where: { slug, ...publicProductWhere },
    include: {
      shop: { select: { id: true, slug: true, name: true, provinceCode: true, communeName: true } },
      category: { select: { slug: true, name: true, nameEn: true } },
      ocop: true,
      images: PRODUCT_PHOTOS,
    },
  });
  if (!p) throw notFound("Không tìm thấy sản phẩm này");

  const more = await searchProducts(db, ZSearchInput.parse({ sort: "newest", pageSize: 4 }), {
    shopId: p.shop.id,
    excludeProductId: p.id,
    countTotal: false,
  });
  const oc = p.ocop;
  const ocopActive = oc !== null && oc.status === "verified" && oc.expiresAt.getTime() > Date.now();
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    description: p.description,
    unit: p.unit,
    priceVnd: p.priceVnd,
    stock: p.stock,
    inStock: p.stock > 0,
    maxPerOrder: p.maxPerOrder,
    weightGrams: p.weightGrams,
    images: p.images.map(toProductPhoto),
    harvestSeason: p.harvestSeason,
    origin: p.origin,
    rating: {
      count: p.ratingCount,
      average: p.ratingCount > 0 ? Math.round((p.ratingSum / p.ratingCount) * 10) / 10 : null,
    },
    category: p.category,
    shop: {
      slug: p.shop.slug,
      name: p.shop.name,
      provinceCode: p.shop.provinceCode,
      provinceName: provinceByCode(p.shop.provinceCode)?.name ?? p.shop.provinceCode,
      communeName: p.shop.communeName,
    },
    ocop: ocopActive
      ? {
          stars: oc.stars,
          decisionNumber: oc.decisionNumber,
          issuingAuthority: oc.issuingAuthority,
          issuingLevel: oc.issuingLevel,
          signedAt: oc.signedAt,
          expiresAt: oc.expiresAt,
          productGroup: oc.productGroup,
          producer: oc.producer,
          traceabilityCode: oc.traceabilityCode,
          publicCode: oc.publicCode,
        }
      : null,
    moreFromShop: more.items,
  };
}
