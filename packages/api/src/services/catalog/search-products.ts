import type { DbTx } from "@cho-phien/db";
import { provinceByCode } from "@cho-phien/validators/provinces";
import type { TSearchQuery } from "@cho-phien/validators/search";
import { type PhotoCover, toPhotoCover } from "./product-photo";
import {
  buildSearchCountSql,
  buildSearchSql,
  type SearchRow,
  type SearchScope,
  TOTAL_CAP,
} from "./search-sql";

export interface ProductCard {
  id: string;
  slug: string;
  title: string;
  priceVnd: number;
  unit: string;
  inStock: boolean;
  image: PhotoCover | null;
  shopName: string;
  shopSlug: string;
  provinceCode: string;
  provinceName: string;
  categorySlug: string;
  ocopStars: number | null;
}

export interface SearchResult {
  items: ProductCard[];
  /** Exact, unless `totalIsCapped`: then at least this many match ("hơn 200 sản phẩm"). */
  total: number;
  totalIsCapped: boolean;
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
  let counted = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && input.page > 1) {
    const count = buildSearchCountSql(input, scope);
    const [row] = await db.$queryRawUnsafe<{ total: bigint }[]>(count.text, ...count.values);
    counted = Number(row?.total ?? 0);
  }
  if (scope.countTotal === false) counted = rows.length;
  const total = Math.min(counted, TOTAL_CAP);
  const lowerBound = counted > TOTAL_CAP || Boolean(rows[0]?.totalIsLowerBound);
  // With a lower bound there is always a next page to try (relevance ranks more candidates for later pages).
  const pageCount = Math.max(1, Math.ceil(total / input.pageSize), lowerBound ? input.page + 1 : 0);
  return {
    items: rows.map(toProductCard),
    total,
    totalIsCapped: lowerBound,
    page: input.page,
    pageSize: input.pageSize,
    pageCount,
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
    image: toPhotoCover(r.image),
    shopName: r.shopName,
    shopSlug: r.shopSlug,
    provinceCode: r.provinceCode,
    provinceName: provinceByCode(r.provinceCode)?.name ?? r.provinceCode,
    categorySlug: r.categorySlug,
    ocopStars: r.ocopStars === null ? null : Number(r.ocopStars),
  };
}
