import type { TSearchQuery } from "@cho-phien/validators/search";

/**
 * Narrower listings the storefront builds from the same query (never reachable from buyer input directly):
 * one shop's products, the "more from this farm" strip, OCOP highlights first.
 */
export interface SearchScope {
  shopId?: string;
  excludeProductId?: string;
  /** Active OCOP certificates first (most stars), then newest. */
  orderBy?: "ocop";
}

/**
 * The catalog search as one parameterised SQL statement, shared by the tRPC procedure and the benchmark's
 * direct-`pg` baseline so both run exactly the same query. Every product-card listing on the storefront
 * (search, category, home, shop) goes through here, so "approved listing of an active shop" and "OCOP badge
 * only while verified and unexpired" are decided in one place.
 *
 * Diacritics: `cp_search_norm` (migration 20261129000100) lower-cases, strips tones with unaccent and maps
 * đ→d, on both the stored "searchText" column and the query. Typos: pg_trgm's word similarity (`<%`, GIN
 * index on "searchText") matches "ot chao mau" to "ot chao mao dai duc". User text only ever travels as a
 * bind parameter, so %, _, ' and \ are plain characters.
 */
export function buildSearchSql(
  input: TSearchQuery,
  scope: SearchScope = {},
): { text: string; values: unknown[] } {
  const { where, values, score, hasQuery } = buildWhere(input, scope);
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };

  const orderBy =
    scope.orderBy === "ocop"
      ? `"ocopStars" DESC NULLS LAST, p."createdAt" DESC, p.id`
      : {
          relevance: hasQuery ? `score DESC, p."createdAt" DESC, p.id` : `p."createdAt" DESC, p.id`,
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
      ${FROM}
     WHERE ${where.join("\n       AND ")}
     ORDER BY ${orderBy}
     LIMIT ${limit} OFFSET ${offset}`;
  return { text, values };
}

/**
 * The number of matches alone. The page query's window count is empty when someone asks for a page past the
 * end (an old link, a hand-edited URL); this keeps "page 9 of 3" honest.
 */
export function buildSearchCountSql(
  input: TSearchQuery,
  scope: SearchScope = {},
): { text: string; values: unknown[] } {
  const { where, values } = buildWhere(input, scope);
  return { text: `SELECT count(*) AS total ${FROM} WHERE ${where.join(" AND ")}`, values };
}

const FROM = `FROM "Product" p
      JOIN "Shop" s ON s.id = p."shopId"
      JOIN "Category" c ON c.id = p."categoryId"
      LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id`;

function buildWhere(input: TSearchQuery, scope: SearchScope) {
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
    // Ranking, all on diacritics-free text: the phrase over title + origin; the title again, so "ga tien yen"
    // puts Gà Tiên Yên above other products merely grown in Tiên Yên; half a point when the query names the
    // aisle ("che" → Chè & trà before "Ba kích Ba Chẽ"); and per-word similarity, so words typed out of order
    // ("dai duc ot") still rank the right product first. Only the WHERE uses the trigram index; these terms
    // are computed for matching rows alone. Capped at 8 words to bound the work.
    score = `word_similarity(cp_search_norm(${qp}), p."searchText")
             + word_similarity(cp_search_norm(${qp}), cp_search_norm(p.title))
             + 0.5 * word_similarity(cp_search_norm(${qp}), cp_search_norm(c.name))
             + coalesce((SELECT sum(word_similarity(w, p."searchText")) / count(*)
                           FROM unnest((string_to_array(cp_search_norm(${qp}), ' '))[1:8]) AS w), 0)`;
  }
  if (input.category) where.push(`c.slug = ${param(input.category)}`);
  if (input.province) where.push(`s."provinceCode" = ${param(input.province)}`);
  if (input.ocopStars) where.push(`${OCOP_ACTIVE} AND oc.stars >= ${param(input.ocopStars)}`);
  if (input.minPrice !== undefined) where.push(`p."priceVnd" >= ${param(input.minPrice)}`);
  if (input.maxPrice !== undefined) where.push(`p."priceVnd" <= ${param(input.maxPrice)}`);
  if (scope.shopId) where.push(`p."shopId" = ${param(scope.shopId)}`);
  if (scope.excludeProductId) where.push(`p.id <> ${param(scope.excludeProductId)}`);
  return { where, values, score, hasQuery: q !== null };
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
