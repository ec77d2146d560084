-- Hand-written (Prisma cannot express it; it ignores the column): exact-word search first, trigram only as
-- the typo fallback (see packages/api/src/services/catalog/search-sql.ts). A broad word matches thousands
-- of listings, and every trigram match costs a ~20 µs recheck; a tsvector match in a GIN index needs none.
--
-- The words of the same normalised text as "searchText" (lower case, no tones, đ → d), with the 'simple'
-- configuration: no stemming and no stop words, so Vietnamese syllables are kept as typed. A generated
-- column cannot read another generated column, hence cp_search_norm(...) repeated here rather than
-- to_tsvector("searchText"). Works on Postgres 15 and on PGlite (no extension needed).
ALTER TABLE "Product" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, cp_search_norm("title" || ' ' || coalesce("origin", '')))) STORED;
CREATE INDEX "Product_searchVector_idx" ON "Product" USING gin ("searchVector");
