import { ZSearchInput } from "@cho-phien/validators/search";
import { searchProducts } from "../services/catalog/search-products";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const catalogRouter = createTRPCRouter({
  /** Diacritics-insensitive, typo-tolerant search with filters, sort and pagination. Approved listings only. */
  search: publicProcedure.input(ZSearchInput).query(({ ctx, input }) => searchProducts(ctx.db, input)),
});
