import { ZSubmittedListingsInput } from "@cho-phien/validators/back-office";
import { listSubmittedListings } from "../services/review/list-submitted-listings";
import { createTRPCRouter, reviewerProcedure } from "../trpc";

/** OCOP programme reviewers: the queue of listings farmers submitted. */
export const reviewRouter = createTRPCRouter({
  submittedListings: reviewerProcedure
    .input(ZSubmittedListingsInput)
    .query(({ ctx, input }) => listSubmittedListings(ctx.db, input)),
});
