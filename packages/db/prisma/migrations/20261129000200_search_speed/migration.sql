-- Search at 100k+ listings (measured by `pnpm bench`).

-- Listings sorted by price read this index in order instead of sorting every approved product.
CREATE INDEX "Product_listingStatus_priceVnd_id_idx" ON "Product" ("listingStatus", "priceVnd", "id");

-- Hand-written (Prisma cannot express an expression index with an operator class): relevance ranking walks
-- the nearest products by trigram distance (`<<->`, KNN on GiST) instead of scoring every match of a broad
-- word. It indexes lower("searchText") — not the column itself — so the planner keeps using the GIN index
-- for the `<%` match filter and uses this one only for the ORDER BY distance.
CREATE INDEX "Product_searchText_knn_idx" ON "Product" USING gist (lower("searchText") gist_trgm_ops);
