import {
  ZDecideCertificateInput,
  ZDecideListingInput,
  ZOpenReviewInput,
  ZReviewQueueInput,
} from "@cho-phien/validators/reviews";
import { decideCertificate } from "../services/reviews/decide-certificate";
import { decideListing } from "../services/reviews/decide-listing";
import { listReviewQueue } from "../services/reviews/list-review-queue";
import { openReviewItem } from "../services/reviews/open-review-item";
import { createTRPCRouter, reviewerProcedure } from "../trpc";

/**
 * OCOP programme reviewers (and admins): the queue of what waits in their provinces, opening an item (held
 * for them a while), and the decisions on a listing and on its OCOP certificate.
 */
export const reviewsRouter = createTRPCRouter({
  /** New listings, revisions and certificates waiting in the caller's provinces, oldest first. */
  queue: reviewerProcedure
    .input(ZReviewQueueInput)
    .query(({ ctx, input }) => listReviewQueue(ctx.db, ctx.user, input)),
  /** Opens one item: holds it for the caller (or says who holds it) and returns what a decision needs. */
  open: reviewerProcedure
    .input(ZOpenReviewInput)
    .mutation(({ ctx, input }) => openReviewItem(ctx.db, ctx.user, input)),
  /** Approve, request changes or reject a listing (or a revision of one) on the version read. */
  decideListing: reviewerProcedure
    .input(ZDecideListingInput)
    .mutation(({ ctx, input }) => decideListing(ctx.db, ctx.user, input)),
  /** Verify or reject a listing's pending OCOP certificate. */
  decideCertificate: reviewerProcedure
    .input(ZDecideCertificateInput)
    .mutation(({ ctx, input }) => decideCertificate(ctx.db, ctx.user, input)),
});
