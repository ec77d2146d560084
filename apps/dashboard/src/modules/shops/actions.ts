"use server";

import { type TOpenShopInput, ZOpenShopInput } from "@cho-phien/validators/shops";
import { redirect } from "next/navigation";
import { getLocale } from "~/i18n/get-locale";
import { getCaller } from "~/server/caller";
import { shopsMessages } from "./messages";
import { fieldOfIssuePath, OPEN_SHOP_FIELDS, type OpenShopState } from "./open-shop-state";

const MAX_FIELD = 10_000;

/**
 * "Mở gian hàng" submitted (a plain form post: works without JavaScript). Validates with ZOpenShopInput and
 * calls shops.open, which makes a buyer a seller; on success the farmer lands on /seller with a notice. On a
 * refusal the form comes back with the values as typed and the Vietnamese messages beside each field. The shop
 * photo was uploaded before (ShopPhotoPicker); only its upload's id comes with the form, and shops.open accepts
 * only the caller's own upload.
 */
export async function openShopAction(_prev: OpenShopState, formData: FormData): Promise<OpenShopState> {
  const values: OpenShopState["values"] = {};
  for (const f of OPEN_SHOP_FIELDS) {
    const v = formData.get(f);
    // Kept for re-display only, capped so a hostile post cannot make the page huge.
    if (typeof v === "string") values[f] = v.slice(0, MAX_FIELD);
  }
  const photo = formData.get("photoUploadId");
  const input: TOpenShopInput = {
    name: values.name ?? "",
    story: values.story ?? "",
    provinceCode: values.provinceCode ?? "",
    wardCode: values.wardCode ?? "",
    addressLine: values.addressLine ?? "",
    phone: values.phone ?? "",
    payout: {
      bankBin: values.bankBin ?? "",
      accountNo: values.accountNo ?? "",
      accountName: values.accountName ?? "",
    },
    freeShippingThresholdVnd: values.freeShippingThresholdVnd ?? "",
    // No photo chosen: the field is absent (or empty), which is not a photo to check.
    photoUploadId: typeof photo === "string" && photo.trim() ? photo.slice(0, MAX_FIELD) : undefined,
  };

  const parsed = ZOpenShopInput.safeParse(input);
  if (!parsed.success) {
    const errors: OpenShopState["errors"] = {};
    let formError: string | undefined;
    for (const issue of parsed.error.issues) {
      const field = fieldOfIssuePath(issue.path);
      if (!field) formError ??= issue.message;
      else if (!errors[field]?.includes(issue.message))
        errors[field] = [...(errors[field] ?? []), issue.message];
    }
    return { values, errors, formError };
  }

  let slug: string;
  try {
    slug = (await (await getCaller()).shops.open(input)).slug;
  } catch (e) {
    const { code, message } = e as { code?: string; message?: string };
    const known = code === "CONFLICT" || code === "BAD_REQUEST" || code === "NOT_FOUND";
    if (code === "UNAUTHORIZED") redirect(`/dang-nhap?next=${encodeURIComponent("/mo-gian-hang")}`);
    if (!known) console.error("[open shop] failed", e);
    return {
      values,
      errors: {},
      formError: known && message ? message : shopsMessages(await getLocale()).busy,
    };
  }
  // Outside the try: redirect() throws on purpose. Only the slug (checked by the notice) travels in the URL.
  redirect(`/seller?gian-hang-moi=${encodeURIComponent(slug)}`);
}
