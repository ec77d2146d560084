/**
 * What the "Mở gian hàng" form keeps between a refused submit and the page that shows it again: the values
 * as typed (so nothing has to be retyped) and the Vietnamese messages per field. It lives only in the
 * response that re-renders the form (useActionState), never in a cookie or the URL, since it holds the
 * payout account number.
 */
export const OPEN_SHOP_FIELDS = [
  "name",
  "story",
  "provinceCode",
  "wardCode",
  "addressLine",
  "phone",
  "bankBin",
  "accountNo",
  "accountName",
  "freeShippingThresholdVnd",
] as const;
export type OpenShopField = (typeof OPEN_SHOP_FIELDS)[number];

export interface OpenShopState {
  values: Partial<Record<OpenShopField, string>>;
  errors: Partial<Record<OpenShopField, string[]>>;
  /** A problem that is not one field's (the shop limit, a busy server). */
  formError?: string;
}

export const EMPTY_OPEN_SHOP_STATE: OpenShopState = { values: {}, errors: {} };

/** The form field a schema issue belongs to: `payout.accountNo` is the `accountNo` input. */
export function fieldOfIssuePath(path: readonly PropertyKey[]): OpenShopField | undefined {
  const last = path[0] === "payout" ? path[1] : path[0];
  return (OPEN_SHOP_FIELDS as readonly PropertyKey[]).includes(last as PropertyKey)
    ? (last as OpenShopField)
    : undefined;
}
