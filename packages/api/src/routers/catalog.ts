import { ZPageExistsInput, ZSearchInput, ZSlugInput } from "@cho-phien/validators/search";
import { getCatalogHome } from "../services/catalog/get-catalog-home";
import { getCategoryBySlug } from "../services/catalog/get-category-by-slug";
import { getProductBySlug } from "../services/catalog/get-product-by-slug";
import { isPublicSlug } from "../services/catalog/is-public-slug";
import { listCategories } from "../services/catalog/list-categories";
import { searchProducts } from "../services/catalog/search-products";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** What any buyer may browse, signed in or not. Approved listings of active shops only. */
export const catalogRouter = createTRPCRouter({
  /** Diacritics-insensitive, typo-tolerant search with filters, sort and pagination. */
  search: publicProcedure.input(ZSearchInput).query(({ ctx, input }) => searchProducts(ctx.db, input)),
  /** Categories, OCOP highlights and new arrivals for the home page. */
  home: publicProcedure.query(({ ctx }) => getCatalogHome(ctx.db)),
  categories: publicProcedure.query(({ ctx }) => listCategories(ctx.db)),
  categoryBySlug: publicProcedure
    .input(ZSlugInput)
    .query(({ ctx, input }) => getCategoryBySlug(ctx.db, input.slug)),
  productBySlug: publicProcedure
    .input(ZSlugInput)
    .query(({ ctx, input }) => getProductBySlug(ctx.db, input.slug)),
  /** Whether a buyer-facing product, category or shop page exists (one indexed lookup, for real 404s). */
  pageExists: publicProcedure
    .input(ZPageExistsInput)
    .query(({ ctx, input }) => isPublicSlug(ctx.db, input.kind, input.slug)),
});
