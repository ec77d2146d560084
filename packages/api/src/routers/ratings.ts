import {
  ZProductRatingsInput,
  ZRateProductInput,
  ZReplyToRatingInput,
  ZShopRatingsInput,
} from "@cho-phien/validators/ratings";
import { listProductRatings } from "../services/ratings/list-product-ratings";
import { listShopRatings } from "../services/ratings/list-shop-ratings";
import { rateProduct } from "../services/ratings/rate-product";
import { replyToRating } from "../services/ratings/reply-to-rating";
import { authedProcedure, createTRPCRouter, publicProcedure, sellerProcedure } from "../trpc";

/** Buyers' product ratings after delivery, and the farm's one reply. */
export const ratingsRouter = createTRPCRouter({
  /** The buyer of a delivered order rates one of its products, once. */
  rate: authedProcedure
    .input(ZRateProductInput)
    .mutation(({ ctx, input }) => rateProduct(ctx.db, { buyerId: ctx.user.id, ...input })),

  /** A product's average and comments with the farm's replies, newest first. */
  forProduct: publicProcedure
    .input(ZProductRatingsInput)
    .query(({ ctx, input }) => listProductRatings(ctx.db, input)),

  /** The ratings of the farms the caller manages (owner, accepted helper, admin), newest first. */
  forShop: sellerProcedure
    .input(ZShopRatingsInput)
    .query(({ ctx, input }) => listShopRatings(ctx.db, ctx.user, input)),

  /** The farm (owner or helper) answers a rating, once. */
  reply: sellerProcedure
    .input(ZReplyToRatingInput)
    .mutation(({ ctx, input }) => replyToRating(ctx.db, { ...input, actor: ctx.user })),
});
