import { ZSubmittedListingsInput } from "@cho-phien/validators/reviews";
import { listSubmittedListings } from "../services/reviews/list-submitted-listings";
import { createTRPCRouter, reviewerProcedure } from "../trpc";

/** OCOP programme reviewers: the queue of listings farmers submitted. */
export const reviewsRouter = createTRPCRouter({
  submittedListings: reviewerProcedure
    .input(ZSubmittedListingsInput)
    .query(({ ctx, input }) => listSubmittedListings(ctx.db, input)),
});
