"use client";

import { CERTIFICATE_CHECK_FIELDS, CERTIFICATE_REQUIRED_CHECKS } from "@cho-phien/validators/reviews";
import { useActionState } from "react";
import { decideCertificateAction } from "./actions";
import { DecisionNotice } from "./decision-notice";
import { EMPTY_DECISION_STATE } from "./form-state";
import type { ReviewFormMessages } from "./messages";

const REQUIRED: readonly string[] = CERTIFICATE_REQUIRED_CHECKS;
const button =
  "flex min-h-12 w-full items-center justify-center rounded-lg px-4 text-lg font-semibold sm:w-auto";

/**
 * The OCOP certificate decision: tick each printed field compared with the scan, then verify, or reject
 * with a comment. A plain form post to a server action (works without JavaScript), naming the version read.
 */
export function CertificateDecisionForm({
  productId,
  version,
  t,
}: {
  productId: string;
  version: number;
  t: ReviewFormMessages;
}) {
  const [state, action, pending] = useActionState(decideCertificateAction, EMPTY_DECISION_STATE);
  const checked = new Set(state.values.checkedFields ?? []);
  return (
    <form action={action} aria-busy={pending} className="rounded-xl border border-amber-300 bg-amber-50 p-3">
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="version" value={version} />
      <h3 className="text-lg font-bold">{t.certTitle}</h3>
      <p className="text-base text-stone-700">{t.certHint}</p>
      <fieldset className="mt-2">
        <legend className="sr-only">{t.certTitle}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {CERTIFICATE_CHECK_FIELDS.map((f) => (
            <label
              key={f}
              className="flex min-h-12 items-center gap-3 rounded-lg border border-amber-200 bg-white px-3"
            >
              <input
                type="checkbox"
                name="checkedFields"
                value={f}
                defaultChecked={checked.has(f)}
                className="size-6 shrink-0"
              />
              <span className="text-base">
                {t.checks[f]}
                {REQUIRED.includes(f) && <span className="text-sm text-stone-600"> ({t.required})</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="mt-3 block">
        <span className="mb-1 block text-base font-semibold">{t.certComment}</span>
        <textarea
          name="comment"
          rows={3}
          maxLength={1000}
          defaultValue={state.values.comment ?? ""}
          className="block w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-lg"
        />
      </label>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <button
          type="submit"
          name="decision"
          value="verify"
          disabled={pending}
          className={`${button} bg-green-700 text-white`}
        >
          {pending ? t.sending : t.verifyButton}
        </button>
        <button
          type="submit"
          name="decision"
          value="reject"
          disabled={pending}
          className={`${button} bg-red-700 text-white`}
        >
          {pending ? t.sending : t.rejectCertButton}
        </button>
      </div>
      <DecisionNotice
        state={state}
        reloadHref={`/reviewer/${encodeURIComponent(productId)}`}
        reloadLabel={t.reload}
      />
    </form>
  );
}
