import type { TSearchQuery } from "@cho-phien/validators/search";

/**
 * The catalog search as one parameterised SQL statement, shared by the tRPC procedure and the benchmark's
 * direct-`pg` baseline so both run exactly the same query.
 *
 * Diacritics: `cp_search_norm` (migration 20261129000100) lower-cases, strips tones with unaccent and maps
 * đ→d, on both the stored "searchText" column and the query. Typos: pg_trgm's word similarity (`<%`, GIN
 * index on "searchText") matches "ot chao mau" to "ot chao mao dai duc". User text only ever travels as a
 * bind parameter, so %, _, ' and \ are plain characters.
 */
export function buildSearchSql(input: TSearchQuery): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const where: string[] = [`p."listingStatus" = 'approved'`, `s.active`];
  const q = input.q?.trim() ? input.q.trim() : null;
  let score = "0::real";
  if (q) {
    const qp = param(q);
    where.push(`cp_search_norm(${qp}) <% p."searchText"`);
    score = `word_similarity(cp_search_norm(${qp}), p."searchText")`;
  }
  if (input.category) where.push(`c.slug = ${param(input.category)}`);
  if (input.province) where.push(`s."provinceCode" = ${param(input.province)}`);
  if (input.ocopStars) where.push(`${OCOP_ACTIVE} AND oc.stars >= ${param(input.ocopStars)}`);
  if (input.minPrice !== undefined) where.push(`p."priceVnd" >= ${param(input.minPrice)}`);
  if (input.maxPrice !== undefined) where.push(`p."priceVnd" <= ${param(input.maxPrice)}`);

  const orderBy = {
    relevance: q ? `score DESC, p."createdAt" DESC, p.id` : `p."createdAt" DESC, p.id`,
    price_asc: `p."priceVnd" ASC, p.id`,
    price_desc: `p."priceVnd" DESC, p.id`,
    newest: `p."createdAt" DESC, p.id`,
  }[input.sort];

  const limit = param(input.pageSize);
  const offset = param((input.page - 1) * input.pageSize);
  const text = `
    SELECT p.id, p.slug, p.title, p."priceVnd", p.unit, p.stock, p.images[1] AS image,
           s.name AS "shopName", s.slug AS "shopSlug", s."provinceCode",
           c.slug AS "categorySlug",
           CASE WHEN ${OCOP_ACTIVE} THEN oc.stars END AS "ocopStars",
           ${score} AS score,
           count(*) OVER () AS total
      FROM "Product" p
      JOIN "Shop" s ON s.id = p."shopId"
      JOIN "Category" c ON c.id = p."categoryId"
      LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id
     WHERE ${where.join("\n       AND ")}
     ORDER BY ${orderBy}
     LIMIT ${limit} OFFSET ${offset}`;
  return { text, values };
}

/** An OCOP badge shows only for a reviewer-verified certificate that has not expired (36 months). */
export const OCOP_ACTIVE = `(oc.status = 'verified' AND oc."expiresAt" > now())`;

export interface SearchRow {
  id: string;
  slug: string;
  title: string;
  priceVnd: number;
  unit: string;
  stock: number;
  image: string | null;
  shopName: string;
  shopSlug: string;
  provinceCode: string;
  categorySlug: string;
  ocopStars: number | null;
  score: number;
  total: bigint | number;
}
