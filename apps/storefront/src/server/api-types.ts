import type { RouterOutputs } from "@cho-phien/api";

// The views the storefront renders, named once from the API's declared outputs.

export type CategorySummary = RouterOutputs["catalog"]["categories"][number];
export type SearchResult = RouterOutputs["catalog"]["search"];
export type ProductCard = SearchResult["items"][number];
export type ProductDetail = RouterOutputs["catalog"]["productBySlug"];
export type OcopBadge = NonNullable<ProductDetail["ocop"]>;
export type CartView = RouterOutputs["cart"]["get"];
export type CartGroup = CartView["groups"][number];
export type CartLine = CartGroup["lines"][number];
export type SavedAddress = RouterOutputs["checkout"]["addresses"]["list"][number];
export type QuoteGroup = RouterOutputs["checkout"]["quote"]["groups"][number];
export type CheckoutView = RouterOutputs["checkout"]["byCode"];
export type CheckoutOrderView = CheckoutView["orders"][number];
export type OrderDetail = RouterOutputs["orders"]["byCode"];
export type OcopVerification = RouterOutputs["ocop"]["byCode"];
