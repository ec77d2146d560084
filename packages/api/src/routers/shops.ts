import { ZShopPageInput } from "@cho-phien/validators/search";
import { getShopBySlug } from "../services/shops/get-shop-by-slug";
import { listSellerShops } from "../services/shops/list-seller-shops";
import { createTRPCRouter, publicProcedure, sellerProcedure } from "../trpc";

/** Farms' shops: the public shop page, and the shops a farmer owns or helps with. */
export const shopsRouter = createTRPCRouter({
  /** A farm's public page: the shop and one page of its approved listings. */
  bySlug: publicProcedure
    .input(ZShopPageInput)
    .query(({ ctx, input }) => getShopBySlug(ctx.db, input.slug, input.page)),

  /** Shops the caller owns or helps with (ShopHelper), owned ones first; an admin sees every shop. */
  mine: sellerProcedure.query(({ ctx }) => listSellerShops(ctx.db, ctx.user)),
});
