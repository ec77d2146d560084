import type { RouterOutputs } from "@cho-phien/api";

// The views the dashboard renders, named once from the API's declared outputs.

export type MyShop = RouterOutputs["shops"]["mine"][number];
export type MyProduct = RouterOutputs["listings"]["mine"]["items"][number];
export type SellerListing = RouterOutputs["listings"]["byId"];
export type MyOrder = RouterOutputs["orders"]["forSeller"]["items"][number];
export type SubmittedListing = RouterOutputs["reviews"]["submittedListings"]["items"][number];
export type OcopClaim = NonNullable<SubmittedListing["ocop"]>;
export type ShopHelperRow = RouterOutputs["helpers"]["list"]["helpers"][number];
export type ListingPhotosView = RouterOutputs["uploads"]["forListing"];
