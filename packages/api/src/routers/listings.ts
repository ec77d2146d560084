import { ZMyProductsInput } from "@cho-phien/validators/listings";
import { listSellerListings } from "../services/listings/list-seller-listings";
import { createTRPCRouter, sellerProcedure } from "../trpc";

/** Listings as the farm manages them (buyers read approved listings through `catalog`). */
export const listingsRouter = createTRPCRouter({
  /** Listings of the shops the caller may manage, newest change first, by shop and status. */
  mine: sellerProcedure
    .input(ZMyProductsInput)
    .query(({ ctx, input }) => listSellerListings(ctx.db, ctx.user, input)),
});
