import { ZShopPageInput } from "@cho-phien/validators/search";
import { getShopBySlug } from "../services/shop/get-shop-by-slug";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** A farm's public storefront page. */
export const shopRouter = createTRPCRouter({
  bySlug: publicProcedure
    .input(ZShopPageInput)
    .query(({ ctx, input }) => getShopBySlug(ctx.db, input.slug, input.page)),
});
