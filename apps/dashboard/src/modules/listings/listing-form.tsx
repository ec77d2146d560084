"use client";

import { OCOP_LEVEL_LABEL, OCOP_LEVELS } from "@cho-phien/validators/listings";
import { type ReactNode, useActionState } from "react";
import { createListingAction, updateListingAction } from "./actions";
import type { ListingFormState } from "./form-state";

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
        Đã khôi phục nội dung bạn đang nhập dở trên máy này. Bấm “Lưu nháp” để lưu lại.
      </p>
      {state.message && (
        <div
          role="alert"
          className={`rounded-lg border p-3 text-base ${
            state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"
          }`}
        >
          {state.message}
          {state.message.includes("tải lại") && (
            <>
              {" "}
              <a
                href={v.productId ? `/seller/listings/${v.productId}` : "/seller/listings/new"}
                className="font-semibold underline"
              >
                Tải lại trang
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
          <Field label="Gian hàng" name="shopId" errors={e}>
            <select id="f-shopId" name="shopId" defaultValue={v.shopId ?? ""} className={INPUT} required>
              {props.shops.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        ))}

      {text("title", "Tên sản phẩm", {
        max: 120,
        required: true,
        hint: "3–120 ký tự, ví dụ: Ớt chào mào Đại Dực",
      })}
      <Field label="Danh mục" name="categorySlug" errors={e}>
        <select
          id="f-categorySlug"
          name="categorySlug"
          defaultValue={v.categorySlug ?? ""}
          className={INPUT}
          required
          {...described("categorySlug")}
        >
          <option value="">— Chọn danh mục —</option>
          {props.categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Mô tả"
        name="description"
        errors={e}
        hint="Tối đa 5.000 ký tự. Xuống dòng được giữ nguyên."
      >
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
        {number("priceVnd", "Giá bán (₫)", "VD: 120.000")}
        {text("unit", "Đơn vị", { max: 20, required: true, hint: "kg, hộp, chai…" })}
        {number("compareAtPriceVnd", "Giá gốc (₫)", "Để trống nếu không giảm giá", false)}
        {number("stock", "Còn lại", "Số lượng có thể bán")}
        {number("weightGrams", "Khối lượng (gam)", "Mỗi đơn vị, để tính phí ship")}
        {number("maxPerOrder", "Tối đa mỗi đơn", "Mặc định 50", false)}
      </div>
      {text("harvestSeason", "Mùa vụ", { max: 100, hint: "VD: Tháng 9 – tháng 12" })}
      {text("origin", "Xuất xứ", { max: 120, hint: "VD: Thôn Khe Lạc, xã Đại Dực" })}

      <fieldset className="space-y-3 rounded-xl border border-stone-200 p-3">
        <legend className="px-1 text-lg font-bold">Chứng nhận OCOP</legend>
        <label className="flex min-h-12 items-center gap-3 text-base">
          <input type="checkbox" name="hasOcop" defaultChecked={v.hasOcop === "on"} className="h-6 w-6" />
          Sản phẩm có chứng nhận OCOP (cán bộ sẽ kiểm tra)
        </label>
        <div className="grid grid-cols-2 gap-3">
          <Field label="Số sao" name="ocop.stars" errors={e}>
            <select
              id="f-ocop.stars"
              name="ocop.stars"
              defaultValue={v["ocop.stars"] ?? ""}
              className={INPUT}
            >
              <option value="">—</option>
              {[3, 4, 5].map((s) => (
                <option key={s} value={String(s)}>
                  {s} sao
                </option>
              ))}
            </select>
          </Field>
          <Field label="Cấp quyết định" name="ocop.issuingLevel" errors={e}>
            <select
              id="f-ocop.issuingLevel"
              name="ocop.issuingLevel"
              defaultValue={v["ocop.issuingLevel"] ?? "province"}
              className={INPUT}
            >
              {OCOP_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {OCOP_LEVEL_LABEL[l]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {text("ocop.decisionNumber", "Số quyết định", { max: 100, hint: "VD: 1234/QĐ-UBND" })}
        {text("ocop.issuingAuthority", "Cơ quan cấp", { max: 200, hint: "VD: UBND tỉnh Quảng Ninh" })}
        <div className="grid grid-cols-2 gap-3">
          {(["signedAt", "expiresAt"] as const).map((n) => (
            <Field
              key={n}
              label={n === "signedAt" ? "Ngày ký" : "Ngày hết hạn"}
              name={`ocop.${n}`}
              errors={e}
            >
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
        <p className="text-sm text-stone-600">Chứng nhận có hiệu lực tối đa 36 tháng kể từ ngày ký.</p>
        {text("ocop.productGroup", "Nhóm sản phẩm (không bắt buộc)", { max: 100 })}
        {text("ocop.producer", "Chủ thể sản xuất (không bắt buộc)", { max: 200 })}
      </fieldset>

      {props.approved && (
        <p className="rounded-lg bg-stone-100 p-3 text-base text-stone-800">
          Giá, số lượng, đơn vị, khối lượng, mùa vụ và xuất xứ được cập nhật ngay. Tên, mô tả, danh mục và
          OCOP cần cán bộ duyệt lại: người mua vẫn thấy bản đang bán cho đến khi được duyệt.
        </p>
      )}
      <div className="flex flex-col gap-2 sm:flex-row">
        <button type="submit" name="intent" value="draft" className={BUTTON_SECONDARY} disabled={pending}>
          {props.approved ? "Lưu" : "Lưu nháp"}
        </button>
        {props.canSubmit && (
          <button type="submit" name="intent" value="submit" className={BUTTON_PRIMARY} disabled={pending}>
            {props.approved ? "Gửi duyệt thay đổi" : "Gửi duyệt"}
          </button>
        )}
      </div>
    </form>
  );
}
