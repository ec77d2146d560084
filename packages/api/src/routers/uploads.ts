import { ZListingPhotosInput, ZSetListingPhotosInput } from "@cho-phien/validators/uploads";
import { listListingPhotos } from "../services/uploads/list-listing-photos";
import { listMyUploads } from "../services/uploads/list-my-uploads";
import { setListingPhotos } from "../services/uploads/set-listing-photos";
import { createTRPCRouter, sellerProcedure } from "../trpc";

/** Photos and certificate scans a farm uploads (the bytes arrive over HTTP, not tRPC: http/upload-handler.ts). */
export const uploadsRouter = createTRPCRouter({
  /** The caller's recent uploads, for a picker. */
  mine: sellerProcedure.query(({ ctx }) => listMyUploads(ctx.db, ctx.user)),

  /** A listing's photos in display order, as the farm edits them. */
  forListing: sellerProcedure
    .input(ZListingPhotosInput)
    .query(({ ctx, input }) => listListingPhotos(ctx.db, ctx.user, input)),

  /** Sets a listing's photos (≤ 8, in order); on an approved listing they wait for review. */
  setListingPhotos: sellerProcedure
    .input(ZSetListingPhotosInput)
    .mutation(({ ctx, input }) => setListingPhotos(ctx.db, ctx.user, input)),
});
