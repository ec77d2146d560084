/**
 * The proposal the bench measured against packages/api/src/services/catalog/search-sql.ts (owned by the
 * storefront engineer, who adopted it with changes in d6c44d5; the indexes came in migration
 * 20261129000200_search_speed). Kept as the measured alternative — see compare-search-sql.ts. Same inputs, same rows,
 * same ranking at the top of the list; four changes:
 *
 * 1. No `count(*) OVER ()`. The window count makes Postgres join and score EVERY match before LIMIT, so the
 *    plain listing (no query) touched all 100,000 products (~400 ms) and "newest" could not stop early.
 *    The total is now an uncorrelated scalar subquery (one InitPlan, same round trip) that stops counting at
 *    TOTAL_CAP + 1 rows: "1.000+ kết quả" beyond that, exact below.
 * 2. Relevance with a query takes its candidates from a GiST trigram index in distance order
 *    (`q <<-> lower("searchText")` = 1 − word_similarity, a KNN index scan that stops after the LIMIT) and
 *    re-ranks only those with the full score (phrase + per-word). Broad words ("gà", "mật ong") no longer
 *    score 12,000–50,000 rows. Needs, in a migration:
 *      CREATE INDEX "Product_searchText_knn_idx" ON "Product" USING gist (lower("searchText") gist_trgm_ops);
 *    On lower(…) (a no-op: the column is already lower case) so that it serves only this ORDER BY: on the
 *    plain column the planner also picks it for `<%` filters, where the existing GIN index is ~20× faster.
 * 3. A text query with a price/newest sort collects its matches through the GIN index first (a MATERIALIZED
 *    CTE): the planner's fixed ~1% guess for `<%` otherwise makes it walk the createdAt index and evaluate
 *    the trigram filter on every product when the query is specific.
 * 4. Price sorts without a query use an index:
 *      CREATE INDEX "Product_listingStatus_priceVnd_idx" ON "Product" ("listingStatus", "priceVnd", id);
 */
import type { TSearchQuery } from "@cho-phien/validators/search";
import { OCOP_ACTIVE, type SearchScope } from "@cho-phien/api/services/catalog/search-sql";

export const TOTAL_CAP = 1000;
/** Candidates re-ranked per page: enough that the full score's top rows are inside them. */
const candidatesFor = (offset: number, pageSize: number) => Math.max(200, 4 * (offset + pageSize));

const FROM = `FROM "Product" p
      JOIN "Shop" s ON s.id = p."shopId"
      JOIN "Category" c ON c.id = p."categoryId"
      LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id`;

export function buildSearchSqlProposed(
  input: TSearchQuery,
  scope: SearchScope = {},
): { text: string; values: unknown[] } {
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
  const whereSql = where.join("\n       AND ");
  const offsetN = (input.page - 1) * input.pageSize;
  const limit = param(input.pageSize);
  const offset = param(offsetN);
  const total = `(SELECT count(*) FROM (SELECT 1 ${FROM} WHERE ${whereSql} LIMIT ${TOTAL_CAP + 1}) capped)`;
  const columns = `p.id, p.slug, p.title, p."priceVnd", p.unit, p.stock, p.images[1] AS image,
           s.name AS "shopName", s.slug AS "shopSlug", s."provinceCode",
           c.slug AS "categorySlug",
           CASE WHEN ${OCOP_ACTIVE} THEN oc.stars END AS "ocopStars"`;

  if (qp && scope.orderBy !== "ocop" && input.sort === "relevance") {
    const k = param(candidatesFor(offsetN, input.pageSize));
    const score = `word_similarity(cp_search_norm(${qp}), p."searchText")
             + coalesce((SELECT sum(word_similarity(w, p."searchText")) / count(*)
                           FROM unnest((string_to_array(cp_search_norm(${qp}), ' '))[1:8]) AS w), 0)`;
    const text = `
    WITH candidates AS MATERIALIZED (
      SELECT p.id
        ${FROM}
       WHERE ${whereSql}
       ORDER BY cp_search_norm(${qp}) <<-> lower(p."searchText")
       LIMIT ${k})
    SELECT ${columns},
           ${score} AS score,
           ${total} AS total
      FROM candidates cand
      JOIN "Product" p ON p.id = cand.id
      JOIN "Shop" s ON s.id = p."shopId"
      JOIN "Category" c ON c.id = p."categoryId"
      LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id
     ORDER BY score DESC, p."createdAt" DESC, p.id
     LIMIT ${limit} OFFSET ${offset}`;
    return { text, values };
  }

  const orderBy =
    scope.orderBy === "ocop"
      ? `"ocopStars" DESC NULLS LAST, p."createdAt" DESC, p.id`
      : {
          relevance: `p."createdAt" DESC, p.id`,
          price_asc: `p."priceVnd" ASC, p.id`,
          price_desc: `p."priceVnd" DESC, p.id`,
          newest: `p."createdAt" DESC, p.id`,
        }[input.sort];
  if (qp) {
    // A text query with a price/newest sort: collect the matches through the GIN index first. Left to itself
    // the planner believes ~1% of rows match any query and walks the createdAt/price index, evaluating the
    // trigram filter on every product when the query is specific (2 s for "ga doi sach" + a price range).
    const text = `
    WITH matches AS MATERIALIZED (
      SELECT p.id
        ${FROM}
       WHERE ${whereSql})
    SELECT ${columns},
           word_similarity(cp_search_norm(${qp}), p."searchText") AS score,
           (SELECT count(*) FROM matches) AS total
      FROM matches m
      JOIN "Product" p ON p.id = m.id
      JOIN "Shop" s ON s.id = p."shopId"
      JOIN "Category" c ON c.id = p."categoryId"
      LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id
     ORDER BY ${orderBy}
     LIMIT ${limit} OFFSET ${offset}`;
    return { text, values };
  }
  const text = `
    SELECT ${columns},
           0::real AS score,
           ${total} AS total
      ${FROM}
     WHERE ${whereSql}
     ORDER BY ${orderBy}
     LIMIT ${limit} OFFSET ${offset}`;
  return { text, values };
}
