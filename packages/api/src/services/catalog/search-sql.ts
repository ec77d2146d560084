import type { TSearchQuery } from "@cho-phien/validators/search";
import { approvedListingSql, publicProductSql } from "./public-product";

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

/** Fuzzy (trigram) matches a price or date sort collects and sorts itself: each costs a trigram recheck. */
const NARROW = 200;

/**
 * Exact-word matches collected per query (a tsvector index lookup, no recheck, so cheap per row): up to this
 * many are ranked or sorted directly; beyond it matches are dense and the listing walks an index order.
 */
const MATCH_CAP = 1000;

/** Products a price/date listing with many exact matches scans in order before sorting the matches instead. */
const WALK_WINDOW = 4000;

/** Every word of the normalised query, as typed ('simple' config: no stemming, no stop words). */
const EVERY_WORD = (qp: string) => `plainto_tsquery('simple', cp_search_norm(${qp}))`;

/**
 * One typo: all words but one (any one) present, e.g. 'nam' & 'huong' | 'nam' & 'urng' | 'huong' & 'urng'
 * for "nam huong urng" (first 8 words). Each piece is a tsquery printed by Postgres, so re-parsing the joined
 * text is safe whatever the buyer typed. A single word gives itself.
 */
const ALL_BUT_ONE = (qp: string) => `(SELECT CASE WHEN cardinality(l.lx) < 2
                    THEN plainto_tsquery('simple', cp_search_norm(${qp}))
                    ELSE (SELECT string_agg('(' || plainto_tsquery('simple',
                                   array_to_string(l.lx[:i - 1] || l.lx[i + 1:], ' '))::text || ')', ' | ')
                            FROM generate_subscripts(l.lx, 1) i)::tsquery END
           FROM (SELECT (tsvector_to_array(to_tsvector('simple', cp_search_norm(${qp}))))[1:8] AS lx) l)`;

/**
 * The match stages every text query starts with, cheapest first; a later one runs only when the earlier
 * found nothing: exact (every word, "searchVector" GIN), near (all words but one plus trigram similarity of
 * the whole query: one typo; at most NARROW + 1, each a trigram recheck), then fuzzy (trigram alone, written
 * by the caller). Typo stages run only when no approved listing has every word (`known`): real words that find
 * nothing under the filters are not a typo, and fuzzy-matching them is the dearest search there is. `known`
 * counts through the tsvector index: EXISTS … LIMIT 1 planned a sequential scan.
 */
function matchStages(whereSql: string, qp: string, param: (v: unknown) => string): string {
  const cap = param(MATCH_CAP);
  return `exact AS MATERIALIZED (
      SELECT p.id
        ${FROM}
       WHERE ${whereSql} AND p."searchVector" @@ ${EVERY_WORD(qp)}
       LIMIT ${cap} + 1),
    known AS MATERIALIZED (
      SELECT EXISTS (SELECT 1 FROM exact)
             OR (SELECT count(*) > 0 FROM "Product" x
                  WHERE x."searchVector" @@ ${EVERY_WORD(qp)} AND ${approvedListingSql("x")}) AS yes),
    near AS MATERIALIZED (
      SELECT p.id
        ${FROM}
       WHERE NOT (SELECT yes FROM known)
         AND ${whereSql} AND p."searchVector" @@ ${ALL_BUT_ONE(qp)}
         AND cp_search_norm(${qp}) <% p."searchText"
       LIMIT ${NARROW} + 1)`;
}

/** Relevance candidates re-ranked per page: enough that the full score's best rows are among them. */
const candidatesFor = (offset: number, pageSize: number) => Math.max(200, 4 * (offset + pageSize));

/**
 * The catalog search as one parameterised SQL statement, shared by the tRPC procedure and the bench's raw-`pg`
 * baseline so both run exactly the same query. Every product-card listing (search, category, home, shop) goes
 * through here, so "approved listing of an active shop" and "OCOP badge only while verified and unexpired"
 * hold on every storefront surface.
 *
 * `cp_search_norm` strips case, tones and đ from the stored columns and the query alike; matching is exact
 * words, then one typo, then trigram similarity (see matchStages). User text only travels as a bind parameter
 * and tsqueries come from plainto_tsquery, never from splicing. The shapes below keep a broad word ("gà": ~10%
 * of 100,000 products) from making Postgres join and score every match: a capped total, relevance candidates
 * re-ranked with the full score, a bounded walk of the price/date order. Why, and the measurements behind
 * each shape: docs/adr/0001-search-in-postgres.md.
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
    const stages = matchStages(whereSql, qp, param);
    const k = param(candidatesFor(offsetN, input.pageSize));
    const limit = param(input.pageSize);
    const offset = param(offsetN);
    // Candidates, re-ranked with the full score: the matches the stages collected (sparse, so a KNN walk would
    // read the whole GiST index) ordered by a cheap string proxy; denser exact matches by a KNN walk on GiST
    // that stops after k. coalesce() hides the tsvector test from the planner, which misjudges correlated words
    // and would otherwise fetch every match to sort by distance.
    const text = `
    WITH ${stages},
    fuzzy AS MATERIALIZED (
      SELECT p.id
        ${FROM}
       WHERE NOT (SELECT yes FROM known) AND NOT EXISTS (SELECT 1 FROM near)
         AND ${whereSql} AND cp_search_norm(${qp}) <% p."searchText"
       LIMIT ${NARROW} + 1),
    counts AS MATERIALIZED (
      SELECT (SELECT count(*) FROM exact) AS ne, (SELECT count(*) FROM near) AS nn,
             (SELECT count(*) FROM fuzzy) AS nf),
    candidates AS MATERIALIZED (
      (SELECT p.id
         FROM (SELECT id FROM exact UNION ALL SELECT id FROM near UNION ALL SELECT id FROM fuzzy) m
         JOIN "Product" p ON p.id = m.id
        WHERE (SELECT ne <= ${MATCH_CAP} FROM counts)
        ORDER BY starts_with(p."searchText", cp_search_norm(${qp})) DESC,
                 strpos(left(p."searchText", char_length(p.title)), cp_search_norm(${qp})) > 0 DESC,
                 char_length(p."searchText"), p."createdAt" DESC, p.id
        LIMIT ${k})
      UNION ALL
      (SELECT p.id
         ${FROM}
        WHERE (SELECT ne > ${MATCH_CAP} FROM counts)
          AND ${whereSql}
          AND coalesce(p."searchVector" @@ ${EVERY_WORD(qp)}, false)
        ORDER BY cp_search_norm(${qp}) <<-> lower(p."searchText")
        LIMIT ${k})),
    aisles AS MATERIALIZED (
      SELECT id, word_similarity(cp_search_norm(${qp}), cp_search_norm(name)) AS boost FROM "Category")
    SELECT ${COLUMNS},
           ${relevanceScore(qp)} AS score,
           (SELECT ne + nn + nf FROM counts) AS total,
           (SELECT ne > ${MATCH_CAP} OR nn > ${NARROW} OR nf > ${NARROW} FROM counts) AS "totalIsLowerBound"
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

  if (qp) {
    // A text query sorted by price or date. When the stages collected all the matches, sort just those. When
    // there are more (a broad word), walk the first WALK_WINDOW products of the page's index order and keep the
    // matches (a prefix of the order, so its first matches are the first overall); if the page is not among
    // them (price correlates with product, so matches can be rare early), top-N sort all tsvector matches.
    // `unorderedBy` hides the index order from the planner for that fallback, or it would walk the whole order
    // again. OCOP order is not an index order and skips the window. Only one branch runs (one-time filters).
    const stages = matchStages(whereSql, qp, param);
    const narrow = param(NARROW);
    const windowed = scope.orderBy === "ocop" ? "false" : "true";
    const unorderedBy =
      scope.orderBy === "ocop"
        ? orderBy
        : {
            relevance: orderBy,
            price_asc: `p."priceVnd" + 0 ASC, p.id`,
            price_desc: `p."priceVnd" + 0 DESC, p.id`,
            newest: `p."createdAt" + interval '0' DESC, p.id`,
          }[input.sort];
    const limit = param(input.pageSize);
    const offset = param(offsetN);
    const text = `
    WITH ${stages},
    fuzzy AS MATERIALIZED (
      SELECT p.id
        ${FROM}
       WHERE NOT (SELECT yes FROM known) AND NOT EXISTS (SELECT 1 FROM near)
         AND ${whereSql} AND cp_search_norm(${qp}) <% p."searchText"
       LIMIT ${narrow} + 1),
    probe AS MATERIALIZED (
      SELECT ne, nn, nf, ne + nn + nf AS n,
             ne <= ${MATCH_CAP} AND nn <= ${NARROW} AND nf <= ${narrow} AS narrow
        FROM (SELECT (SELECT count(*) FROM exact) AS ne, (SELECT count(*) FROM near) AS nn,
                     (SELECT count(*) FROM fuzzy) AS nf) c),
    walked AS MATERIALIZED (
      SELECT p.id
        FROM (SELECT w.* FROM "Product" w
               WHERE ${approvedListingSql("w")} AND ${windowed} AND (SELECT ne > ${MATCH_CAP} FROM probe)
               ORDER BY ${orderBy.replaceAll("p.", "w.")}
               LIMIT ${WALK_WINDOW}) p
        JOIN "Shop" s ON s.id = p."shopId"
        JOIN "Category" c ON c.id = p."categoryId"
        LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id
       WHERE ${whereSql} AND p."searchVector" @@ ${EVERY_WORD(qp)}
       ORDER BY ${orderBy}
       LIMIT (${limit}::int + ${offset}::int)),
    page AS (
      (SELECT p.id
         FROM (SELECT id FROM exact UNION ALL SELECT id FROM near UNION ALL SELECT id FROM fuzzy) m
         JOIN "Product" p ON p.id = m.id
         LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id
        WHERE (SELECT narrow FROM probe)
        ORDER BY ${orderBy}
        LIMIT ${limit} OFFSET ${offset})
      UNION ALL
      (SELECT p.id
         FROM walked
         JOIN "Product" p ON p.id = walked.id
        WHERE (SELECT count(*) FROM walked) >= (${limit}::int + ${offset}::int)
        ORDER BY ${orderBy}
        LIMIT ${limit} OFFSET ${offset})
      UNION ALL
      (SELECT p.id
         ${FROM}
        WHERE (SELECT ne > ${MATCH_CAP} FROM probe) AND (SELECT count(*) FROM walked) < (${limit}::int + ${offset}::int)
          AND ${whereSql}
          AND p."searchVector" @@ ${EVERY_WORD(qp)}
        ORDER BY ${unorderedBy}
        LIMIT ${limit} OFFSET ${offset})
      UNION ALL
      (SELECT p.id
         ${FROM}
        WHERE NOT (SELECT narrow FROM probe) AND (SELECT ne <= ${MATCH_CAP} FROM probe)
          AND ${whereSql}
          AND CASE WHEN (SELECT nn > 0 FROM probe)
                   THEN coalesce(p."searchVector" @@ ${ALL_BUT_ONE(qp)}, false)
                        AND cp_search_norm(${qp}) <% p."searchText"
                   ELSE cp_search_norm(${qp}) <% p."searchText" END
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
  const limit = param(input.pageSize);
  const offset = param(offsetN);
  const total = scope.countTotal === false ? "0" : cappedTotal(whereSql);
  if (where.length <= 2 || scope.orderBy === "ocop") {
    // Every approved listing (or OCOP order, not an index order): the date/price index walk stops at the page.
    const text = `
    SELECT ${COLUMNS},
           0::real AS score,
           ${total} AS total
      ${FROM}
     WHERE ${whereSql}
     ORDER BY ${orderBy}
     LIMIT ${limit} OFFSET ${offset}`;
    return { text, values };
  }
  // A filtered listing: the same window-then-sort as a broad text query (see above). The planner assumes
  // filters are independent of the order, so "honey by price ascending" or a province with few matching
  // listings walked most of the index; the window bounds the walk and the filter's own index does the rest.
  const text = `
    WITH walked AS MATERIALIZED (
      SELECT p.id
        FROM (SELECT w.* FROM "Product" w
               WHERE ${approvedListingSql("w")}
               ORDER BY ${orderBy.replaceAll("p.", "w.")}
               LIMIT ${WALK_WINDOW}) p
        JOIN "Shop" s ON s.id = p."shopId"
        JOIN "Category" c ON c.id = p."categoryId"
        LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id
       WHERE ${whereSql}
       ORDER BY ${orderBy}
       LIMIT (${limit}::int + ${offset}::int)),
    page AS (
      (SELECT p.id
         FROM walked
         JOIN "Product" p ON p.id = walked.id
        WHERE (SELECT count(*) FROM walked) >= (${limit}::int + ${offset}::int)
        ORDER BY ${orderBy}
        LIMIT ${limit} OFFSET ${offset})
      UNION ALL
      (SELECT p.id
         ${FROM}
        WHERE (SELECT count(*) FROM walked) < (${limit}::int + ${offset}::int)
          AND ${whereSql}
        ORDER BY ${hideIndexOrder(input.sort)}
        LIMIT ${limit} OFFSET ${offset}))
    SELECT ${COLUMNS},
           0::real AS score,
           ${total} AS total
      FROM page
      JOIN "Product" p ON p.id = page.id
      JOIN "Shop" s ON s.id = p."shopId"
      JOIN "Category" c ON c.id = p."categoryId"
      LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id
     ORDER BY ${orderBy}`;
  return { text, values };
}

/**
 * The listing order with its first key wrapped in a no-op (+ 0), so the planner cannot walk the date/price
 * index for it and sorts the filter's matches instead (used once a bounded walk has shown matches are rare
 * early in that order). Listings without a text query sort "relevance" as newest.
 */
function hideIndexOrder(sort: TSearchQuery["sort"]): string {
  return {
    relevance: `p."createdAt" + interval '0' DESC, p.id`,
    price_asc: `p."priceVnd" + 0 ASC, p.id`,
    price_desc: `p."priceVnd" + 0 DESC, p.id`,
    newest: `p."createdAt" + interval '0' DESC, p.id`,
  }[sort];
}

/**
 * The number of matches alone (capped like the page query's). The page query returns no row, hence no total,
 * when someone asks for a page past the end (an old link, a hand-edited URL); this keeps "page 9 of 3" honest.
 */
export function buildSearchCountSql(
  input: TSearchQuery,
  scope: SearchScope = {},
): { text: string; values: unknown[] } {
  const { where, values, qp } = buildWhere(input, scope);
  // Fuzzy matching counts a superset of the exact-word stages; good enough for "page 9 of 3".
  if (qp) where.push(`cp_search_norm(${qp}) <% p."searchText"`);
  return { text: `SELECT ${cappedTotal(where.join(" AND "))} AS total`, values };
}

const FROM = `FROM "Product" p
      JOIN "Shop" s ON s.id = p."shopId"
      JOIN "Category" c ON c.id = p."categoryId"
      LEFT JOIN "OcopCertificate" oc ON oc."productId" = p.id`;

/**
 * The cover photo as one JSON value: a correlated subquery on the (productId, position) index, so it runs
 * once per row of the page only (Postgres evaluates a costly output column after ORDER BY … LIMIT), never per
 * candidate or match.
 */
const COVER_SQL = `(SELECT jsonb_build_object('path', i.path, 'width', i.width, 'height', i.height,
                                   'variants', i.variants)
              FROM "ProductImage" i
             WHERE i."productId" = p.id
             ORDER BY i.position
             LIMIT 1)`;

const COLUMNS = `p.id, p.slug, p.title, p."priceVnd", p.unit, p.stock, ${COVER_SQL} AS image,
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
  const where: string[] = [publicProductSql("p", "s")];
  const q = input.q?.trim() ? input.q.trim() : null;
  const qp = q ? param(q) : null;
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
  /** The cover: { path, width, height, variants } as stored (see toPhotoCover), or null. */
  image: { path: string; width: number | null; height: number | null; variants: unknown } | null;
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
