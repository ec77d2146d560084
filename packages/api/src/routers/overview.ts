import { ZShopOverviewInput } from "@cho-phien/validators/overview";
import { getShopOverview } from "../services/overview/get-shop-overview";
import { createTRPCRouter, sellerProcedure } from "../trpc";

/** The seller's home figures, one shop at a time. */
export const overviewRouter = createTRPCRouter({
  /** Orders, revenue, best sellers, listings to look at and COD cash of one shop the caller may act on. */
  forShop: sellerProcedure
    .input(ZShopOverviewInput)
    .query(({ ctx, input }) => getShopOverview(ctx.db, ctx.user, input)),
});
