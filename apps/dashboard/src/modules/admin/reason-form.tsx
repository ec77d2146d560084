import { ADMIN_REASON_MAX, ADMIN_REASON_MIN } from "@cho-phien/validators/admin";
import type { ReactNode } from "react";
import type { AdminMessages } from "./messages";

/**
 * One admin action as a plain form: the ids it acts on (hidden), the page to come back to, what it does
 * (`warning`), any extra field (`children`, e.g. the new role), the required reason, and one large button.
 * The browser checks the reason's length before sending; the API checks it again.
 */
export function ReasonForm({
  action,
  id,
  hidden,
  back,
  submit,
  warning,
  danger = false,
  t,
  children,
}: {
  action: (formData: FormData) => Promise<void>;
  /** Unique on the page: names the reason field for its label. */
  id: string;
  hidden: Record<string, string>;
  back: string;
  submit: string;
  warning?: string;
  danger?: boolean;
  t: AdminMessages;
  children?: ReactNode;
}) {
  return (
    <form action={action} className={`space-y-3 rounded-lg p-3 ${danger ? "bg-red-50" : "bg-stone-50"}`}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="back" value={back} />
      {warning && <p className={`text-base ${danger ? "text-red-900" : "text-stone-800"}`}>{warning}</p>}
      {children}
      <div>
        <label htmlFor={`${id}-reason`} className="block text-base font-medium">
          {t.reasonLabel}
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          required
          minLength={ADMIN_REASON_MIN}
          maxLength={ADMIN_REASON_MAX}
          rows={2}
          aria-describedby={`${id}-reason-hint`}
          className="mt-1 block w-full rounded-lg border border-stone-400 bg-white p-2 text-base"
        />
        <p id={`${id}-reason-hint`} className="mt-1 text-sm text-stone-600">
          {t.reasonHint}
        </p>
      </div>
      <button
        type="submit"
        className={`min-h-12 w-full rounded-lg px-4 text-base font-semibold text-white ${
          danger ? "bg-red-700 hover:bg-red-800" : "bg-green-700 hover:bg-green-800"
        }`}
      >
        {submit}
      </button>
    </form>
  );
}
