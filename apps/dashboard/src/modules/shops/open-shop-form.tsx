"use client";

import type { Locale } from "@cho-phien/ui/locale";
import { type ReactNode, useActionState, useState } from "react";
import { openShopAction } from "./actions";
import { shopsMessages } from "./messages";
import { EMPTY_OPEN_SHOP_STATE, type OpenShopField } from "./open-shop-state";
import { type ShopPhoto, ShopPhotoPicker } from "./shop-photo-picker";

const INPUT = "block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg";
const INVALID = "border-red-600 ring-1 ring-red-600";

export interface OpenShopFormProps {
  provinceCode: string;
  provinceName: string;
  wards: { code: string; name: string }[];
  banks: { bin: string; shortName: string }[];
  /** The signed-in user's phone in local form ("0912 345 678"), suggested as the shop's contact. */
  defaultPhone: string;
  /** The page's language (a client component cannot read the cookie). */
  locale: Locale;
  /** A shop photo uploaded by a plain form (`?anh=` in the page's URL), already checked for shape. */
  photoUploadId?: string;
  /** What that plain-form upload did (`?ket-qua=`). */
  photoNotice: { ok: boolean; text: string } | null;
  /** This page with the province chosen and no photo: where the photo's plain form comes back to. */
  photoBack: string;
  /** Photos are served by the storefront. */
  storefrontUrl: string;
}

/**
 * Step 2 of "Mở gian hàng": the ward of the chosen province and everything else. A plain form post to a
 * server action: without JavaScript the browser posts the form and the server sends the page back, with the
 * typed values and messages when something was refused. Labels sit above the fields; every control is at
 * least 48 px tall for a thumb. The shop photo has its own form above (ShopPhotoPicker); the upload's id
 * rides along in this one.
 */
export function OpenShopForm({
  provinceCode,
  provinceName,
  wards,
  banks,
  defaultPhone,
  locale,
  photoUploadId,
  photoNotice,
  photoBack,
  storefrontUrl,
}: OpenShopFormProps) {
  const t = shopsMessages(locale);
  const [state, formAction, pending] = useActionState(openShopAction, EMPTY_OPEN_SHOP_STATE);
  const [photo, setPhoto] = useState<ShopPhoto | null>(photoUploadId ? { id: photoUploadId } : null);
  const value = (f: OpenShopField, fallback = "") => state.values[f] ?? fallback;
  const errorOf = (f: OpenShopField) => state.errors[f];
  const described = (f: OpenShopField, hint?: boolean) =>
    [errorOf(f) ? `${f}-loi` : null, hint ? `${f}-goi-y` : null].filter(Boolean).join(" ") || undefined;
  const cls = (f: OpenShopField) => `${INPUT} ${errorOf(f) ? INVALID : ""}`;
  const errorCount = Object.values(state.errors).filter((e) => e?.length).length;
  // A changed set of values means a new answer from the server: remount the fields so defaults apply again.
  const formKey = JSON.stringify(state.values);

  return (
    <>
      <ShopPhotoPicker
        locale={locale}
        photo={photo}
        onPhoto={setPhoto}
        back={photoBack}
        notice={photoNotice}
        storefrontUrl={storefrontUrl}
      />
      <form action={formAction} className="space-y-5" noValidate key={formKey}>
        {(state.formError || errorCount > 0) && (
          <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-base text-red-900">
            {state.formError ?? t.fixCount(errorCount)}
          </div>
        )}
        <input type="hidden" name="provinceCode" value={provinceCode} />
        {photo && <input type="hidden" name="photoUploadId" value={photo.id} />}

        <fieldset className="space-y-4">
          <legend className="mb-2 text-lg font-bold">{t.shopLegend}</legend>
          <Field id="name" label={t.name} errors={errorOf("name")} hint={t.nameHint}>
            <input
              id="name"
              name="name"
              required
              minLength={2}
              maxLength={80}
              autoComplete="organization"
              defaultValue={value("name")}
              aria-invalid={errorOf("name") ? true : undefined}
              aria-describedby={described("name", true)}
              className={cls("name")}
            />
          </Field>
          <Field id="story" label={t.story} errors={errorOf("story")} hint={t.storyHint}>
            <textarea
              id="story"
              name="story"
              rows={5}
              maxLength={2000}
              defaultValue={value("story")}
              aria-invalid={errorOf("story") ? true : undefined}
              aria-describedby={described("story", true)}
              className={`${cls("story")} py-2`}
            />
          </Field>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="mb-2 text-lg font-bold">{t.addressLegend}</legend>
          <p className="text-base text-stone-700">
            {t.provinceIs} <strong>{provinceName}</strong>{" "}
            <a
              href="/mo-gian-hang"
              className="ml-1 inline-flex min-h-12 items-center text-green-800 underline"
            >
              {t.changeProvinceShort}
            </a>
          </p>
          <Field id="wardCode" label={t.ward} errors={errorOf("wardCode")}>
            <select
              id="wardCode"
              name="wardCode"
              required
              defaultValue={value("wardCode")}
              aria-invalid={errorOf("wardCode") ? true : undefined}
              aria-describedby={described("wardCode")}
              className={cls("wardCode")}
            >
              <option value="">{t.chooseWard}</option>
              {wards.map((w) => (
                <option key={w.code} value={w.code}>
                  {w.name}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="addressLine"
            label={t.addressLine}
            errors={errorOf("addressLine")}
            hint={t.addressLineHint}
          >
            <input
              id="addressLine"
              name="addressLine"
              required
              maxLength={200}
              autoComplete="street-address"
              defaultValue={value("addressLine")}
              aria-invalid={errorOf("addressLine") ? true : undefined}
              aria-describedby={described("addressLine", true)}
              className={cls("addressLine")}
            />
          </Field>
          <Field id="phone" label={t.phone} errors={errorOf("phone")}>
            <input
              id="phone"
              name="phone"
              type="tel"
              inputMode="numeric"
              required
              maxLength={20}
              autoComplete="tel"
              defaultValue={value("phone", defaultPhone)}
              aria-invalid={errorOf("phone") ? true : undefined}
              aria-describedby={described("phone")}
              className={cls("phone")}
            />
          </Field>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="mb-2 text-lg font-bold">{t.payoutLegend}</legend>
          <p className="text-base text-stone-600">{t.payoutNote}</p>
          <Field id="bankBin" label={t.bank} errors={errorOf("bankBin")}>
            <select
              id="bankBin"
              name="bankBin"
              required
              defaultValue={value("bankBin")}
              aria-invalid={errorOf("bankBin") ? true : undefined}
              aria-describedby={described("bankBin")}
              className={cls("bankBin")}
            >
              <option value="">{t.chooseBank}</option>
              {banks.map((b) => (
                <option key={b.bin} value={b.bin}>
                  {b.shortName}
                </option>
              ))}
            </select>
          </Field>
          <Field id="accountNo" label={t.accountNo} errors={errorOf("accountNo")} hint={t.accountNoHint}>
            <input
              id="accountNo"
              name="accountNo"
              inputMode="numeric"
              required
              maxLength={40}
              autoComplete="off"
              spellCheck={false}
              defaultValue={value("accountNo")}
              aria-invalid={errorOf("accountNo") ? true : undefined}
              aria-describedby={described("accountNo", true)}
              className={`${cls("accountNo")} font-mono`}
            />
          </Field>
          <Field
            id="accountName"
            label={t.accountName}
            errors={errorOf("accountName")}
            hint={t.accountNameHint}
          >
            <input
              id="accountName"
              name="accountName"
              required
              maxLength={60}
              autoCapitalize="characters"
              autoComplete="off"
              defaultValue={value("accountName")}
              aria-invalid={errorOf("accountName") ? true : undefined}
              aria-describedby={described("accountName", true)}
              className={`${cls("accountName")} uppercase`}
            />
          </Field>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="mb-2 text-lg font-bold">{t.shippingLegend}</legend>
          <Field
            id="freeShippingThresholdVnd"
            label={t.freeShipping}
            errors={errorOf("freeShippingThresholdVnd")}
            hint={t.freeShippingHint}
          >
            <input
              id="freeShippingThresholdVnd"
              name="freeShippingThresholdVnd"
              inputMode="numeric"
              maxLength={15}
              autoComplete="off"
              defaultValue={value("freeShippingThresholdVnd")}
              aria-invalid={errorOf("freeShippingThresholdVnd") ? true : undefined}
              aria-describedby={described("freeShippingThresholdVnd", true)}
              className={cls("freeShippingThresholdVnd")}
            />
          </Field>
        </fieldset>

        <button
          type="submit"
          disabled={pending}
          className="flex h-14 w-full items-center justify-center rounded-xl bg-green-700 px-4 text-lg font-bold text-white hover:bg-green-800 disabled:opacity-60"
        >
          {pending ? t.submitting : t.submit}
        </button>
      </form>
    </>
  );
}

/** A label above its control, an optional hint, and the field's messages (linked by aria-describedby). */
function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: OpenShopField;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-base font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-goi-y`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-loi`} className="text-base text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
