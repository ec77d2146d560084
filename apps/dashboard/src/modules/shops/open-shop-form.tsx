"use client";

import { type ReactNode, useActionState } from "react";
import { openShopAction } from "./actions";
import { EMPTY_OPEN_SHOP_STATE, type OpenShopField } from "./open-shop-state";

const INPUT = "block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg";
const INVALID = "border-red-600 ring-1 ring-red-600";

export interface OpenShopFormProps {
  provinceCode: string;
  provinceName: string;
  wards: { code: string; name: string }[];
  banks: { bin: string; shortName: string }[];
  /** The signed-in user's phone in local form ("0912 345 678"), suggested as the shop's contact. */
  defaultPhone: string;
}

/**
 * Step 2 of "Mở gian hàng": the ward of the chosen province and everything else. A plain form post to a
 * server action: without JavaScript the browser posts the form and the server sends the page back, with the
 * typed values and messages when something was refused. Labels sit above the fields; every control is at
 * least 48 px tall for a thumb.
 */
export function OpenShopForm({ provinceCode, provinceName, wards, banks, defaultPhone }: OpenShopFormProps) {
  const [state, formAction, pending] = useActionState(openShopAction, EMPTY_OPEN_SHOP_STATE);
  const value = (f: OpenShopField, fallback = "") => state.values[f] ?? fallback;
  const errorOf = (f: OpenShopField) => state.errors[f];
  const described = (f: OpenShopField, hint?: boolean) =>
    [errorOf(f) ? `${f}-loi` : null, hint ? `${f}-goi-y` : null].filter(Boolean).join(" ") || undefined;
  const cls = (f: OpenShopField) => `${INPUT} ${errorOf(f) ? INVALID : ""}`;
  const errorCount = Object.values(state.errors).filter((e) => e?.length).length;
  // A changed set of values means a new answer from the server: remount the fields so defaults apply again.
  const formKey = JSON.stringify(state.values);

  return (
    <form action={formAction} className="space-y-5" noValidate key={formKey}>
      {(state.formError || errorCount > 0) && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-base text-red-900">
          {state.formError ?? `Vui lòng sửa ${errorCount} mục được đánh dấu bên dưới.`}
        </div>
      )}
      <input type="hidden" name="provinceCode" value={provinceCode} />

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-bold">Gian hàng</legend>
        <Field
          id="name"
          label="Tên gian hàng"
          errors={errorOf("name")}
          hint="2–80 ký tự, ví dụ: Ớt chào mào Đông Ngũ"
        >
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
        <Field
          id="story"
          label="Câu chuyện gian hàng (không bắt buộc)"
          errors={errorOf("story")}
          hint="Tối đa 2000 ký tự: nhà vườn, cách trồng, mùa vụ."
        >
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
        <legend className="mb-2 text-lg font-bold">Địa chỉ lấy hàng</legend>
        <p className="text-base text-stone-700">
          Tỉnh/thành phố: <strong>{provinceName}</strong>{" "}
          <a href="/mo-gian-hang" className="ml-1 inline-flex min-h-12 items-center text-green-800 underline">
            Đổi tỉnh
          </a>
        </p>
        <Field id="wardCode" label="Phường/xã" errors={errorOf("wardCode")}>
          <select
            id="wardCode"
            name="wardCode"
            required
            defaultValue={value("wardCode")}
            aria-invalid={errorOf("wardCode") ? true : undefined}
            aria-describedby={described("wardCode")}
            className={cls("wardCode")}
          >
            <option value="">— Chọn phường/xã —</option>
            {wards.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="addressLine"
          label="Số nhà, thôn/bản"
          errors={errorOf("addressLine")}
          hint="Nơi đơn vị vận chuyển đến lấy hàng."
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
        <Field id="phone" label="Số điện thoại liên hệ" errors={errorOf("phone")}>
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
        <legend className="mb-2 text-lg font-bold">Tài khoản nhận tiền</legend>
        <p className="text-base text-stone-600">
          Chợ Phiên chuyển tiền bán hàng vào tài khoản này. Sau khi lưu, số tài khoản chỉ hiện 4 số cuối.
        </p>
        <Field id="bankBin" label="Ngân hàng" errors={errorOf("bankBin")}>
          <select
            id="bankBin"
            name="bankBin"
            required
            defaultValue={value("bankBin")}
            aria-invalid={errorOf("bankBin") ? true : undefined}
            aria-describedby={described("bankBin")}
            className={cls("bankBin")}
          >
            <option value="">— Chọn ngân hàng —</option>
            {banks.map((b) => (
              <option key={b.bin} value={b.bin}>
                {b.shortName}
              </option>
            ))}
          </select>
        </Field>
        <Field id="accountNo" label="Số tài khoản" errors={errorOf("accountNo")} hint="6–19 chữ số.">
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
          label="Tên chủ tài khoản"
          errors={errorOf("accountName")}
          hint="Như in trên thẻ; có thể gõ có dấu, hệ thống tự đổi thành chữ in hoa không dấu."
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
        <legend className="mb-2 text-lg font-bold">Vận chuyển</legend>
        <Field
          id="freeShippingThresholdVnd"
          label="Miễn phí vận chuyển cho đơn từ (đồng, không bắt buộc)"
          errors={errorOf("freeShippingThresholdVnd")}
          hint="Ví dụ: 300000. Để trống nếu không miễn phí vận chuyển."
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
        {pending ? "Đang mở gian hàng…" : "Mở gian hàng"}
      </button>
    </form>
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
