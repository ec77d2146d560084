"use client";

import type { Locale } from "@cho-phien/ui/locale";
import { OCOP_LEVELS } from "@cho-phien/validators/listings";
import { type ReactNode, useActionState } from "react";
import { createListingAction, updateListingAction } from "./actions";
import type { ListingFormState } from "./form-state";
import { listingsMessages } from "./messages";

const INPUT = "min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg";
const BUTTON_PRIMARY =
  "flex min-h-12 flex-1 items-center justify-center rounded-xl bg-green-700 px-4 text-lg font-bold text-white hover:bg-green-800 disabled:opacity-60";
const BUTTON_SECONDARY =
  "flex min-h-12 flex-1 items-center justify-center rounded-xl border border-stone-300 bg-white px-4 text-lg font-semibold hover:bg-stone-100 disabled:opacity-60";

export interface ListingFormProps {
  formId: string;
  mode: "create" | "edit";
  /** Values to start from: the saved listing (or the edits waiting for review), or blanks. */
  initial: Record<string, string>;
  shops: { id: string; name: string }[];
  categories: { slug: string; name: string }[];
  /** An approved listing: the submit button sends the waiting edits ("Gửi duyệt thay đổi"). */
  approved: boolean;
  /** Whether the farm may send it for review from its status (draft, sent back, approved). */
  canSubmit: boolean;
  /** The page's language (a client component cannot read the cookie; both languages' strings are small). */
  locale: Locale;
}

function Field({
  label,
  name,
  errors,
  hint,
  children,
}: {
  label: string;
  name: string;
  errors: Record<string, string[]>;
  hint?: string;
  children: ReactNode;
}) {
  const err = errors[name];
  return (
    <div className="space-y-1">
      <label htmlFor={`f-${name}`} className="block text-base font-semibold">
        {label}
      </label>
      {children}
      {hint && <p className="text-sm text-stone-600">{hint}</p>}
      {err && (
        <p id={`f-${name}-error`} className="text-base font-medium text-red-800">
          {err.join(" ")}
        </p>
      )}
    </div>
  );
}

/**
 * The listing form, for a new listing and for editing one. It posts to a server action (works without
 * JavaScript); when the save is refused it comes back with the farmer's own text and the reasons.
 */
export function ListingForm(props: ListingFormProps) {
  const t = listingsMessages(props.locale);
  const action = props.mode === "create" ? createListingAction : updateListingAction;
  const [state, formAction, pending] = useActionState(action, {
    values: props.initial,
    errors: {},
    message: null,
    ok: false,
  } satisfies ListingFormState);
  const v = { ...props.initial, ...state.values };
  const e = state.errors;
  const described = (name: string) =>
    e[name] ? { "aria-invalid": true, "aria-describedby": `f-${name}-error` } : {};
  const text = (name: string, label: string, opts: { max: number; hint?: string; required?: boolean }) => (
    <Field label={label} name={name} errors={e} hint={opts.hint}>
      <input
        id={`f-${name}`}
        name={name}
        defaultValue={v[name] ?? ""}
        maxLength={opts.max}
        required={opts.required}
        className={INPUT}
        {...described(name)}
      />
    </Field>
  );
  const number = (name: string, label: string, hint?: string, required = true) => (
    <Field label={label} name={name} errors={e} hint={hint}>
      <input
        id={`f-${name}`}
        name={name}
        defaultValue={v[name] ?? ""}
        inputMode="numeric"
        autoComplete="off"
        required={required}
        className={INPUT}
        {...described(name)}
      />
    </Field>
  );

  return (
    <form id={props.formId} action={formAction} className="space-y-4" noValidate>
      <p id={`${props.formId}-restored`} hidden className="rounded-lg bg-sky-50 p-3 text-base text-sky-900">
        {t.restoredDraft}
      </p>
      {state.message && (
        <div
          role="alert"
          className={`rounded-lg border p-3 text-base ${
            state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"
          }`}
        >
          {state.message}
          {/* The API asks to reload ("tải lại", in Vietnamese whatever the page's language) when the listing
              changed elsewhere since the form opened. */}
          {state.message.includes("tải lại") && (
            <>
              {" "}
              <a
                href={v.productId ? `/seller/listings/${v.productId}` : "/seller/listings/new"}
                className="font-semibold underline"
              >
                {t.reloadPage}
              </a>
            </>
          )}
        </div>
      )}
      {v.productId && <input type="hidden" name="productId" value={v.productId} />}
      {v.version && <input type="hidden" name="version" value={v.version} />}

      {props.mode === "create" &&
        (props.shops.length === 1 ? (
          <input type="hidden" name="shopId" value={props.shops[0].id} />
        ) : (
          <Field label={t.shop} name="shopId" errors={e}>
            <select id="f-shopId" name="shopId" defaultValue={v.shopId ?? ""} className={INPUT} required>
              {props.shops.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        ))}

      {text("title", t.title, { max: 120, required: true, hint: t.titleHint })}
      <Field label={t.category} name="categorySlug" errors={e}>
        <select
          id="f-categorySlug"
          name="categorySlug"
          defaultValue={v.categorySlug ?? ""}
          className={INPUT}
          required
          {...described("categorySlug")}
        >
          <option value="">{t.chooseCategory}</option>
          {props.categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t.description} name="description" errors={e} hint={t.descriptionHint}>
        <textarea
          id="f-description"
          name="description"
          defaultValue={v.description ?? ""}
          maxLength={5000}
          rows={6}
          className="w-full rounded-lg border border-stone-300 bg-white p-3 text-lg"
          {...described("description")}
        />
      </Field>

      <div className="grid grid-cols-2 gap-3">
        {number("priceVnd", t.price, t.priceHint)}
        {text("unit", t.unit, { max: 20, required: true, hint: t.unitHint })}
        {number("compareAtPriceVnd", t.compareAtPrice, t.compareAtPriceHint, false)}
        {number("stock", t.stock, t.stockHint)}
        {number("weightGrams", t.weight, t.weightHint)}
        {number("maxPerOrder", t.maxPerOrder, t.maxPerOrderHint, false)}
      </div>
      {text("harvestSeason", t.harvestSeason, { max: 100, hint: t.harvestSeasonHint })}
      {text("origin", t.origin, { max: 120, hint: t.originHint })}

      <fieldset className="space-y-3 rounded-xl border border-stone-200 p-3">
        <legend className="px-1 text-lg font-bold">{t.ocopLegend}</legend>
        <label className="flex min-h-12 items-center gap-3 text-base">
          <input type="checkbox" name="hasOcop" defaultChecked={v.hasOcop === "on"} className="h-6 w-6" />
          {t.hasOcop}
        </label>
        <div className="grid grid-cols-2 gap-3">
          <Field label={t.stars} name="ocop.stars" errors={e}>
            <select
              id="f-ocop.stars"
              name="ocop.stars"
              defaultValue={v["ocop.stars"] ?? ""}
              className={INPUT}
            >
              <option value="">—</option>
              {[3, 4, 5].map((s) => (
                <option key={s} value={String(s)}>
                  {t.starsOption(s)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t.issuingLevel} name="ocop.issuingLevel" errors={e}>
            <select
              id="f-ocop.issuingLevel"
              name="ocop.issuingLevel"
              defaultValue={v["ocop.issuingLevel"] ?? "province"}
              className={INPUT}
            >
              {OCOP_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t.ocopLevel[l]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {text("ocop.decisionNumber", t.decisionNumber, { max: 100, hint: t.decisionNumberHint })}
        {text("ocop.issuingAuthority", t.issuingAuthority, { max: 200, hint: t.issuingAuthorityHint })}
        <div className="grid grid-cols-2 gap-3">
          {(["signedAt", "expiresAt"] as const).map((n) => (
            <Field key={n} label={n === "signedAt" ? t.signedAt : t.expiresAt} name={`ocop.${n}`} errors={e}>
              <input
                id={`f-ocop.${n}`}
                type="date"
                name={`ocop.${n}`}
                defaultValue={v[`ocop.${n}`] ?? ""}
                className={INPUT}
              />
            </Field>
          ))}
        </div>
        <p className="text-sm text-stone-600">{t.ocopValidity}</p>
        {text("ocop.productGroup", t.productGroup, { max: 100 })}
        {text("ocop.producer", t.producer, { max: 200 })}
      </fieldset>

      {props.approved && (
        <p className="rounded-lg bg-stone-100 p-3 text-base text-stone-800">{t.approvedNote}</p>
      )}
      <div className="flex flex-col gap-2 sm:flex-row">
        <button type="submit" name="intent" value="draft" className={BUTTON_SECONDARY} disabled={pending}>
          {props.approved ? t.save : t.saveDraft}
        </button>
        {props.canSubmit && (
          <button type="submit" name="intent" value="submit" className={BUTTON_PRIMARY} disabled={pending}>
            {props.approved ? t.submitChanges : t.submit}
          </button>
        )}
      </div>
    </form>
  );
}
