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
  /** Strips that show a few cards (home, "more from this farm") need no total; skip counting. */
  countTotal?: boolean;
}

/** An OCOP badge shows only for a reviewer-verified certificate that has not expired (36 months). */
export const OCOP_ACTIVE = `(oc.status = 'verified' AND oc."expiresAt" > now())`;

/** Totals are counted exactly up to here; beyond it the page says "1.000+" (see searchProducts). */
export const TOTAL_CAP = 1000;

/** A text query with a price or date sort ranks its matches itself when at most this many match. */
const NARROW = 200;

/** Relevance candidates re-ranked per page: enough that the full score's best rows are among them. */
const candidatesFor = (offset: number, pageSize: number) => Math.max(200, 4 * (offset + pageSize));

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
 *
 * Shapes, chosen so a broad word ("gà", "mật ong": ~10% of a 100,000-product catalogue) never makes Postgres
 * join and score every match (measured with packages/bench/src/experiments/compare-search-sql.ts):
 * - no `count(*) OVER ()`: the total is a scalar subquery that stops counting at TOTAL_CAP + 1 rows, so a
 *   listing sorted by date or price can stop at its LIMIT;
 * - relevance with a query: the nearest candidates by trigram distance (`<<->`, a KNN scan when the GiST
 *   index "Product_searchText_knn_idx" on lower("searchText") exists, a top-N sort otherwise), re-ranked with
 *   the full score;
 * - a query with a price or date sort: matches collected first through the GIN index (MATERIALIZED), since
 *   the planner otherwise walks the date/price order and tests the trigram filter on every product.
 */
export function buildSearchSql(
  input: TSearchQuery,
  scope: SearchScope = {},
): { text: string; values: unknown[] } {
  const { where, values, qp } = buildWhere(input, scope);
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const whereSql = where.join("\n       AND ");
  const offsetN = (input.page - 1) * input.pageSize;
  const orderBy =
    scope.orderBy === "ocop"
      ? `CASE WHEN ${OCOP_ACTIVE} THEN oc.stars END DESC NULLS LAST, p."createdAt" DESC, p.id`
      : {
          relevance: qp ? `score DESC, p."createdAt" DESC, p.id` : `p."createdAt" DESC, p.id`,
          price_asc: `p."priceVnd" ASC, p.id`,
          price_desc: `p."priceVnd" DESC, p.id`,
          newest: `p."createdAt" DESC, p.id`,
        }[input.sort];

  if (qp && scope.orderBy !== "ocop" && input.sort === "relevance") {
    const k = param(candidatesFor(offsetN, input.pageSize));
    const limit = param(input.pageSize);
    const offset = param(offsetN);
    // The total is the number of candidates: exact when fewer than k matched, otherwise a lower bound
    // ("more than 200") — counting every fuzzy match of a broad word would cost more than the page itself.
    const text = `
    WITH candidates AS MATERIALIZED (
      SELECT p.id
        ${FROM}
       WHERE ${whereSql}
       ORDER BY cp_search_norm(${qp}) <<-> lower(p."searchText")
       LIMIT ${k}),
    aisles AS MATERIALIZED (
      SELECT id, word_similarity(cp_search_norm(${qp}), cp_search_norm(name)) AS boost FROM "Category")
    SELECT ${COLUMNS},
           ${relevanceScore(qp)} AS score,
           (SELECT count(*) FROM candidates) AS total,
           (SELECT count(*) FROM candidates) >= ${k} AS "totalIsLowerBound"
      FROM candidates cand
      JOIN "Product" p ON p.id = cand.id
      JOIN "Shop" s ON s.id = p."shopId"
      JOIN "Category" c ON c.id = p."categoryId"
      JOIN aisles a ON a.id = p."categoryId"
      LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id
     ORDER BY ${orderBy}
     LIMIT ${limit} OFFSET ${offset}`;
    return { text, values };
  }

  const limit = param(input.pageSize);
  const offset = param(offsetN);
  if (qp) {
    // A text query sorted by price or date. Probe for NARROW + 1 matches (any of them: the GIN index finds a
    // rare word's few rows, a broad word fills the probe within the first pages of the table). When that is
    // all of them, sort just those; when there are more (a broad word, so matches are dense), walk the
    // price/date order and stop at the page instead of collecting and sorting thousands of matches. Only one
    // branch runs: the other is gated by a one-time filter on the probe.
    const narrow = param(NARROW);
    const text = `
    WITH near AS MATERIALIZED (
      SELECT p.id
        ${FROM}
       WHERE ${whereSql}
       LIMIT ${narrow} + 1),
    probe AS MATERIALIZED (SELECT count(*) AS n, count(*) <= ${narrow} AS narrow FROM near),
    page AS (
      (SELECT p.id
         FROM near
         JOIN "Product" p ON p.id = near.id
         LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id
        WHERE (SELECT narrow FROM probe)
        ORDER BY ${orderBy}
        LIMIT ${limit} OFFSET ${offset})
      UNION ALL
      (SELECT p.id
         ${FROM}
        WHERE NOT (SELECT narrow FROM probe)
          AND ${whereSql}
        ORDER BY ${orderBy}
        LIMIT ${limit} OFFSET ${offset}))
    SELECT ${COLUMNS},
           word_similarity(cp_search_norm(${qp}), p."searchText") AS score,
           (SELECT n FROM probe) AS total,
           NOT (SELECT narrow FROM probe) AS "totalIsLowerBound"
      FROM page
      JOIN "Product" p ON p.id = page.id
      JOIN "Shop" s ON s.id = p."shopId"
      JOIN "Category" c ON c.id = p."categoryId"
      LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id
     ORDER BY ${orderBy}`;
    return { text, values };
  }
  const text = `
    SELECT ${COLUMNS},
           0::real AS score,
           ${scope.countTotal === false ? "0" : cappedTotal(whereSql)} AS total
      ${FROM}
     WHERE ${whereSql}
     ORDER BY ${orderBy}
     LIMIT ${limit} OFFSET ${offset}`;
  return { text, values };
}

/**
 * The number of matches alone (capped like the page query's). The page query returns no row, hence no total,
 * when someone asks for a page past the end (an old link, a hand-edited URL); this keeps "page 9 of 3" honest.
 */
export function buildSearchCountSql(
  input: TSearchQuery,
  scope: SearchScope = {},
): { text: string; values: unknown[] } {
  const { where, values } = buildWhere(input, scope);
  return { text: `SELECT ${cappedTotal(where.join(" AND "))} AS total`, values };
}

const FROM = `FROM "Product" p
      JOIN "Shop" s ON s.id = p."shopId"
      JOIN "Category" c ON c.id = p."categoryId"
      LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id`;

const COLUMNS = `p.id, p.slug, p.title, p."priceVnd", p.unit, p.stock, p.images[1] AS image,
           s.name AS "shopName", s.slug AS "shopSlug", s."provinceCode",
           c.slug AS "categorySlug",
           CASE WHEN ${OCOP_ACTIVE} THEN oc.stars END AS "ocopStars"`;

function cappedTotal(whereSql: string): string {
  return `(SELECT count(*) FROM (SELECT 1 ${FROM} WHERE ${whereSql} LIMIT ${TOTAL_CAP + 1}) capped)`;
}

/**
 * Ranking, all on diacritics-free text: the phrase over title + origin; the title again, so "ga tien yen"
 * puts Gà Tiên Yên above products merely grown in Tiên Yên; half a point when the query names the aisle
 * ("che" → Chè & trà before "Ba kích Ba Chẽ", from the `aisles` CTE: 8 rows, not one per product); and
 * per-word similarity, so words typed out of order ("dai duc ot") still rank the right product first
 * (capped at 8 words). Computed for candidates only.
 *
 * The normalised title is read as the first char_length(title) characters of "searchText" (which is
 * cp_search_norm(title || ' ' || origin), and normalising keeps one character per precomposed Vietnamese
 * letter): a substring instead of running unaccent again on every candidate.
 */
function relevanceScore(qp: string): string {
  return `word_similarity(cp_search_norm(${qp}), p."searchText")
             + word_similarity(cp_search_norm(${qp}), left(p."searchText", char_length(p.title)))
             + 0.5 * a.boost
             + coalesce((SELECT sum(word_similarity(w, p."searchText")) / count(*)
                           FROM unnest((string_to_array(cp_search_norm(${qp}), ' '))[1:8]) AS w), 0)`;
}

function buildWhere(input: TSearchQuery, scope: SearchScope) {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const where: string[] = [`p."listingStatus" = 'approved'`, `s.active`];
  const q = input.q?.trim() ? input.q.trim() : null;
  const qp = q ? param(q) : null;
  if (qp) where.push(`cp_search_norm(${qp}) <% p."searchText"`);
  if (input.category) where.push(`c.slug = ${param(input.category)}`);
  if (input.province) where.push(`s."provinceCode" = ${param(input.province)}`);
  if (input.ocopStars) where.push(`${OCOP_ACTIVE} AND oc.stars >= ${param(input.ocopStars)}`);
  if (input.minPrice !== undefined) where.push(`p."priceVnd" >= ${param(input.minPrice)}`);
  if (input.maxPrice !== undefined) where.push(`p."priceVnd" <= ${param(input.maxPrice)}`);
  if (scope.shopId) where.push(`p."shopId" = ${param(scope.shopId)}`);
  if (scope.excludeProductId) where.push(`p.id <> ${param(scope.excludeProductId)}`);
  return { where, values, qp };
}

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
  /** Relevance search counts its candidates only: true when more matched than were ranked. */
  totalIsLowerBound?: boolean;
}
