import {
  ZCreateListingInput,
  ZListingActionInput,
  ZMyProductsInput,
  ZQuickEditInput,
  ZUpdateListingInput,
} from "@cho-phien/validators/listings";
import { ZCertificateScanInput, ZSetCertificateScanInput } from "@cho-phien/validators/ocop";
import { archiveListing } from "../services/listings/archive-listing";
import { createListing } from "../services/listings/create-listing";
import { duplicateListing } from "../services/listings/duplicate-listing";
import { getSellerListing } from "../services/listings/get-seller-listing";
import { listSellerListings } from "../services/listings/list-seller-listings";
import { quickEditListing } from "../services/listings/quick-edit-listing";
import { restoreListing } from "../services/listings/restore-listing";
import { submitListing } from "../services/listings/submit-listing";
import { updateListing } from "../services/listings/update-listing";
import { getCertificateScan } from "../services/ocop/get-certificate-scan";
import { setCertificateScan } from "../services/ocop/set-certificate-scan";
import { createTRPCRouter, sellerProcedure } from "../trpc";

/**
 * Listings as the farm manages them (buyers read approved listings through `catalog`). Every procedure is
 * for the shop's owner, an accepted helper or an admin: which shop is checked in the service's own query, so
 * another farm's product is NOT_FOUND like an unknown id.
 */
export const listingsRouter = createTRPCRouter({
  /** Listings of the shops the caller may manage, newest change first, by shop and status. */
  mine: sellerProcedure
    .input(ZMyProductsInput)
    .query(({ ctx, input }) => listSellerListings(ctx.db, ctx.user, input)),

  /** One listing for the edit form, with edits waiting for review, the reviewer's note and its version. */
  byId: sellerProcedure
    .input(ZListingActionInput)
    .query(({ ctx, input }) => getSellerListing(ctx.db, ctx.user, input.productId)),

  /** A new draft listing in a shop the caller manages. */
  create: sellerProcedure
    .input(ZCreateListingInput)
    .mutation(({ ctx, input }) => createListing(ctx.db, ctx.user, input)),

  /** Saves the edit form (optimistic: a stale version is CONFLICT STALE_LISTING). */
  update: sellerProcedure
    .input(ZUpdateListingInput)
    .mutation(({ ctx, input }) => updateListing(ctx.db, ctx.user, input)),

  /** Sends a draft (or an approved listing's waiting edits) for review. */
  submit: sellerProcedure
    .input(ZListingActionInput)
    .mutation(({ ctx, input }) => submitListing(ctx.db, ctx.user, input)),

  /** Pauses a listing ("Tạm ngừng bán"). */
  archive: sellerProcedure
    .input(ZListingActionInput)
    .mutation(({ ctx, input }) => archiveListing(ctx.db, ctx.user, input)),

  /** Puts a paused listing back: on sale if approved and unedited, else as a draft. */
  restore: sellerProcedure
    .input(ZListingActionInput)
    .mutation(({ ctx, input }) => restoreListing(ctx.db, ctx.user, input)),

  /** Copies a listing as a new draft "… (bản sao)". */
  duplicate: sellerProcedure
    .input(ZListingActionInput)
    .mutation(({ ctx, input }) => duplicateListing(ctx.db, ctx.user, input)),

  /** New price or stock from the product list, published at once. */
  quickEdit: sellerProcedure
    .input(ZQuickEditInput)
    .mutation(({ ctx, input }) => quickEditListing(ctx.db, ctx.user, input)),

  /** The OCOP certificate scan page: the claim it documents and the scan attached so far. */
  certificateScan: sellerProcedure
    .input(ZCertificateScanInput)
    .query(({ ctx, input }) => getCertificateScan(ctx.db, ctx.user, input)),

  /** Attaches the caller's uploaded photo or PDF as the certificate's scan (to a waiting OCOP edit if any). */
  setCertificateScan: sellerProcedure
    .input(ZSetCertificateScanInput)
    .mutation(({ ctx, input }) => setCertificateScan(ctx.db, ctx.user, input)),
});
