"use client";

import { REVIEW_REASON_CODES } from "@cho-phien/validators/reviews";
import { useActionState } from "react";
import { decideListingAction } from "./actions";
import { DecisionNotice } from "./decision-notice";
import { EMPTY_DECISION_STATE } from "./form-state";
import type { ReviewFormMessages } from "./messages";

const button =
  "flex min-h-12 w-full items-center justify-center rounded-lg px-4 text-lg font-semibold sm:w-auto";

/**
 * The listing decision: "Duyệt" on its own form, "Yêu cầu sửa" / "Từ chối" on a second one with the reason
 * checklist and a comment. Plain form posts to a server action (works without JavaScript); each names the
 * version the reviewer read (hidden), so a decision on an older copy is refused rather than applied.
 */
export function ListingDecisionForm({
  productId,
  version,
  revision,
  t,
}: {
  productId: string;
  version: number;
  revision: boolean;
  t: ReviewFormMessages;
}) {
  const [approved, approveAction, approving] = useActionState(decideListingAction, EMPTY_DECISION_STATE);
  const [sentBack, sendBackAction, sendingBack] = useActionState(decideListingAction, EMPTY_DECISION_STATE);
  const here = `/reviewer/${encodeURIComponent(productId)}`;
  const hidden = (
    <>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <div className="space-y-4">
      <form
        action={approveAction}
        aria-busy={approving}
        className="rounded-xl border border-green-300 bg-green-50 p-3"
      >
        {hidden}
        <input type="hidden" name="decision" value="approve" />
        <h3 className="text-lg font-bold">{t.approveTitle}</h3>
        <p className="text-base text-stone-700">{t.approveHint}</p>
        <label className="mt-2 block">
          <span className="mb-1 block text-base font-semibold">{t.approveComment}</span>
          <input
            name="comment"
            maxLength={1000}
            defaultValue={approved.values.comment ?? ""}
            className="block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-lg"
          />
        </label>
        <button type="submit" disabled={approving} className={`${button} mt-3 bg-green-700 text-white`}>
          {approving ? t.sending : revision ? t.approveRevisionButton : t.approveButton}
        </button>
        <DecisionNotice state={approved} reloadHref={here} reloadLabel={t.reload} />
      </form>

      <form
        action={sendBackAction}
        aria-busy={sendingBack}
        className="rounded-xl border border-stone-300 bg-white p-3"
      >
        {hidden}
        <h3 className="text-lg font-bold">{t.sendBackTitle}</h3>
        <p className="text-base text-stone-700">{t.sendBackHint}</p>
        <fieldset className="mt-2">
          <legend className="mb-1 text-base font-semibold">{t.reason}</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {REVIEW_REASON_CODES.map((code) => (
              <label
                key={code}
                className="flex min-h-12 items-center gap-3 rounded-lg border border-stone-200 px-3"
              >
                <input
                  type="radio"
                  name="reasonCode"
                  value={code}
                  defaultChecked={sentBack.values.reasonCode === code}
                  className="size-6 shrink-0"
                />
                <span className="text-base">{t.reasons[code]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="mt-3 block">
          <span className="block text-base font-semibold">{t.comment}</span>
          <span className="mb-1 block text-sm text-stone-600">{t.commentHint}</span>
          <textarea
            name="comment"
            rows={3}
            maxLength={1000}
            defaultValue={sentBack.values.comment ?? ""}
            className="block w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-lg"
          />
        </label>
        <div className="mt-3 flex flex-col gap-2 sm:flex-row">
          <button
            type="submit"
            name="decision"
            value="request_changes"
            disabled={sendingBack}
            className={`${button} border border-amber-400 bg-amber-100 text-amber-950`}
          >
            {sendingBack ? t.sending : t.requestChangesButton}
          </button>
          <button
            type="submit"
            name="decision"
            value="reject"
            disabled={sendingBack}
            className={`${button} bg-red-700 text-white`}
          >
            {sendingBack ? t.sending : t.rejectButton}
          </button>
        </div>
        <DecisionNotice state={sentBack} reloadHref={here} reloadLabel={t.reload} />
      </form>
    </div>
  );
}
