/**
 * What a listing form action answers when it does not redirect: the text as typed (so nothing is lost) and
 * the messages per field ("title", "ocop.stars") or for the whole form.
 */
export interface ListingFormState {
  values: Record<string, string>;
  errors: Record<string, string[]>;
  message: string | null;
  ok: boolean;
}

export const EMPTY_FORM_STATE: ListingFormState = { values: {}, errors: {}, message: null, ok: false };

/** The form's field names: listing fields as they are, OCOP claim fields prefixed "ocop.". */
export const LISTING_FIELD_NAMES = [
  "title",
  "categorySlug",
  "description",
  "unit",
  "priceVnd",
  "compareAtPriceVnd",
  "stock",
  "maxPerOrder",
  "weightGrams",
  "harvestSeason",
  "origin",
] as const;

export const OCOP_FIELD_NAMES = [
  "stars",
  "decisionNumber",
  "issuingAuthority",
  "issuingLevel",
  "signedAt",
  "expiresAt",
  "productGroup",
  "producer",
] as const;

/** A quick action's answer on the product list (stock, price, pause, restore). */
export interface QuickActionState {
  ok: boolean;
  message: string | null;
}

export const EMPTY_QUICK_STATE: QuickActionState = { ok: false, message: null };
