import { z } from "zod";
import { ZPage, ZRowId } from "./pagination";

/** A listing's review status (the Prisma enum ListingStatus); the flow between them is the API's transition table. */
export const LISTING_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "rejected",
  "changes_requested",
  "archived",
] as const;
export type TListingStatus = (typeof LISTING_STATUSES)[number];

/** The seller's own listings (dashboard /seller), by shop and status. */
// `prefault({})`: the whole input may be omitted and the inner defaults still apply.
export const ZMyProductsInput = z
  .object({
    shopId: ZRowId.optional(),
    status: z.enum(LISTING_STATUSES, { error: "Trạng thái không hợp lệ" }).optional(),
    page: ZPage,
  })
  .prefault({});
export type TMyProductsInput = z.input<typeof ZMyProductsInput>;
