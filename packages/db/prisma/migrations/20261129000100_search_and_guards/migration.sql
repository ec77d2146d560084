-- Hand-written: what Prisma's schema language cannot express. Later `prisma migrate diff` runs will not
-- see these objects; do not let a generated migration drop them.

-- Diacritics-insensitive search. unaccent() is only STABLE (it reads a dictionary), so wrap it in an
-- IMMUTABLE function naming the dictionary explicitly; that is what lets it feed a generated column and index.
CREATE OR REPLACE FUNCTION cp_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The one normalisation used by both the stored column and every query: lower case, no tones or marks,
-- đ → d, runs of spaces collapsed.
CREATE OR REPLACE FUNCTION cp_search_norm(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT btrim(regexp_replace(lower(cp_unaccent(translate($1, 'đĐ', 'dD'))), '\s+', ' ', 'g')) $$;

ALTER TABLE "Product" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (cp_search_norm("title" || ' ' || coalesce("origin", ''))) STORED;
CREATE INDEX "Product_searchText_trgm_idx" ON "Product" USING gin ("searchText" gin_trgm_ops);

-- Guards that hold whatever code path writes the row.
ALTER TABLE "Product" ADD CONSTRAINT "Product_stock_nonnegative" CHECK ("stock" >= 0);
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_positive" CHECK ("priceVnd" > 0);
ALTER TABLE "Product" ADD CONSTRAINT "Product_weight_positive" CHECK ("weightGrams" > 0);
ALTER TABLE "OcopCertificate" ADD CONSTRAINT "OcopCertificate_stars_3_to_5" CHECK ("stars" BETWEEN 3 AND 5);
ALTER TABLE "ProductReview" ADD CONSTRAINT "ProductReview_stars_1_to_5" CHECK ("stars" BETWEEN 1 AND 5);
ALTER TABLE "CartItem" ADD CONSTRAINT "CartItem_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_quantity_positive" CHECK ("quantity" > 0);

-- The audit log is append-only.
CREATE OR REPLACE FUNCTION cp_audit_log_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'AuditLog is append-only'; END $$;
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION cp_audit_log_append_only();
