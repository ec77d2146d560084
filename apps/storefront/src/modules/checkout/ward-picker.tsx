import { PROVINCES } from "@cho-phien/validators/provinces";
import type { CheckoutMessages } from "~/modules/cart/messages";
import type { CheckoutAddressMessages } from "./messages";

const PROVINCES_BY_NAME = [...PROVINCES].sort((a, b) => a.name.localeCompare(b.name, "vi"));

export interface WardPickerProps {
  /** The chosen province's code, or "" when none is chosen yet. */
  provinceCode: string;
  provinceName: string;
  /** The official wards of that province only (about 100, at most 168): never the whole country's. */
  wards: readonly { code: string; name: string }[];
  /** The ward picked, when it is one of `wards`. */
  wardCode: string;
  /** A saved address's older free-text ward, shown until the buyer picks the matching one. */
  savedWardText: string;
  t: CheckoutMessages;
  m: CheckoutAddressMessages;
  inputClass: string;
}

/**
 * Province, then ward/commune from the official list, in two steps that work without JavaScript: "Chọn" posts
 * the form and the page comes back with that province's wards (the draft keeps everything typed). With
 * JavaScript, changing the province presses "Chọn" by itself, and a search box filters the list as the buyer
 * types (draft-script.ts).
 */
export function WardPicker({
  provinceCode,
  provinceName,
  wards,
  wardCode,
  savedWardText,
  t,
  m,
  inputClass,
}: WardPickerProps) {
  const hint = wards.length ? m.wardListHint(provinceName) : m.provinceFirst;
  return (
    <>
      <div className="space-y-1">
        <label htmlFor="provinceCode" className="block font-medium">
          {t.province}
        </label>
        <div className="flex gap-2">
          <select
            id="provinceCode"
            name="provinceCode"
            defaultValue={provinceCode}
            required
            className={`${inputClass} min-w-0 flex-1`}
          >
            <option value="">{t.chooseProvince}</option>
            {PROVINCES_BY_NAME.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
          <button
            id="pick-province"
            type="submit"
            name="intent"
            value="province"
            formNoValidate
            className="h-12 min-w-16 shrink-0 rounded-xl border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {m.pickProvince}
            <span className="sr-only"> {t.province}</span>
          </button>
        </div>
      </div>

      <div id="phuong-xa" className="space-y-1">
        <label htmlFor="wardCode" className="block font-medium">
          {t.ward}
        </label>
        {wards.length ? (
          <input
            id="ward-filter"
            type="search"
            hidden
            autoComplete="off"
            aria-label={m.filterWards}
            aria-controls="wardCode"
            placeholder={m.filterPlaceholder}
            className={inputClass}
          />
        ) : null}
        <select
          id="wardCode"
          name="wardCode"
          defaultValue={wardCode}
          required
          disabled={wards.length === 0}
          aria-describedby="ward-hint"
          className={`${inputClass} disabled:bg-stone-100`}
        >
          <option value="">{m.chooseWard}</option>
          {wards.map((w) => (
            <option key={w.code} value={w.code}>
              {w.name}
            </option>
          ))}
        </select>
        <span id="ward-hint" className="block text-sm text-stone-600">
          {hint}
        </span>
        {savedWardText && !wardCode ? (
          <>
            <input type="hidden" name="ward" value={savedWardText} />
            <span role="note" className="block text-sm text-amber-800">
              {m.savedWardToPick(savedWardText)}
            </span>
          </>
        ) : null}
      </div>
    </>
  );
}
