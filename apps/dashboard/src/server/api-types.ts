import type { RouterOutputs } from "@cho-phien/api";

// The views the dashboard renders, named once from the API's declared outputs.

export type MyShop = RouterOutputs["shops"]["mine"][number];
export type MyProduct = RouterOutputs["listings"]["mine"]["items"][number];
export type SellerListing = RouterOutputs["listings"]["byId"];
export type MyOrder = RouterOutputs["orders"]["forSeller"]["items"][number];
export type ReviewQueueView = RouterOutputs["reviews"]["queue"];
export type ReviewQueueItem = ReviewQueueView["items"][number];
export type ReviewItem = RouterOutputs["reviews"]["open"];
export type RevisionChange = ReviewItem["changes"][number];
export type ReviewCertificate = NonNullable<ReviewItem["certificate"]>;
export type ShopHelperRow = RouterOutputs["helpers"]["list"]["helpers"][number];
export type ListingPhotosView = RouterOutputs["uploads"]["forListing"];
export type ShopOverview = RouterOutputs["overview"]["forShop"];
export type SellerOrderSlip = RouterOutputs["orders"]["sellerByCode"];
export type AuditEntry = RouterOutputs["audit"]["list"]["items"][number];
export type AuditChainReport = RouterOutputs["audit"]["verify"][number];
export type ShopRatingView = RouterOutputs["ratings"]["forShop"]["items"][number];
export type CertificateScanView = RouterOutputs["listings"]["certificateScan"];
