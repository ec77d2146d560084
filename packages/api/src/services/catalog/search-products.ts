import type { DbTx } from "@cho-phien/db";
import { provinceByCode } from "@cho-phien/validators/provinces";
import type { TSearchQuery } from "@cho-phien/validators/search";
import { buildSearchCountSql, buildSearchSql, type SearchRow, type SearchScope } from "./search-sql";

export interface ProductCard {
  id: string;
  slug: string;
  title: string;
  priceVnd: number;
  unit: string;
  inStock: boolean;
  image: string | null;
  shopName: string;
  shopSlug: string;
  provinceCode: string;
  provinceName: string;
  categorySlug: string;
  ocopStars: number | null;
}

export interface SearchResult {
  items: ProductCard[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** Approved listings matching a query and filters, one page of product cards. */
export async function searchProducts(
  db: DbTx,
  input: TSearchQuery,
  scope: SearchScope = {},
): Promise<SearchResult> {
  const { text, values } = buildSearchSql(input, scope);
  const rows = await db.$queryRawUnsafe<SearchRow[]>(text, ...values);
  let total = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && input.page > 1) {
    const count = buildSearchCountSql(input, scope);
    const [row] = await db.$queryRawUnsafe<{ total: bigint }[]>(count.text, ...count.values);
    total = Number(row?.total ?? 0);
  }
  return {
    items: rows.map(toProductCard),
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}

export function toProductCard(r: SearchRow): ProductCard {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    priceVnd: Number(r.priceVnd),
    unit: r.unit,
    inStock: Number(r.stock) > 0,
    image: r.image,
    shopName: r.shopName,
    shopSlug: r.shopSlug,
    provinceCode: r.provinceCode,
    provinceName: provinceByCode(r.provinceCode)?.name ?? r.provinceCode,
    categorySlug: r.categorySlug,
    ocopStars: r.ocopStars === null ? null : Number(r.ocopStars),
  };
}
