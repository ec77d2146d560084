"use server";

import { isTrpcError, trpcErrorMessages } from "@cho-phien/ui/trpc-errors";
import { ZDecideCertificateInput, ZDecideListingInput } from "@cho-phien/validators/reviews";
import { redirect } from "next/navigation";
import { getLocale } from "~/i18n/get-locale";
import { getCaller } from "~/server/caller";
import { type DecisionFormState, RELOAD_REASONS } from "./form-state";
import { reviewerMessages } from "./messages";
import type { ReviewOutcome } from "./outcome";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** The API's refusal in the reviewer's words: its own Vietnamese message, or a generic one. */
async function refusal(e: unknown, values: DecisionFormState["values"]): Promise<DecisionFormState> {
  const t = reviewerMessages(await getLocale());
  if (isTrpcError(e, "CONFLICT")) {
    const reason = (e.cause as { reason?: string } | undefined)?.reason ?? "";
    return { message: e.message, reload: RELOAD_REASONS.includes(reason), values };
  }
  if (isTrpcError(e, "BAD_REQUEST"))
    return { message: trpcErrorMessages(e).join(" "), reload: false, values };
  if (isTrpcError(e, "NOT_FOUND")) return { message: t.actionNotFound, reload: false, values };
  console.error("[reviewer] decision failed", e);
  return { message: t.actionBusy, reload: false, values };
}

const invalid = (issues: { message: string }[], values: DecisionFormState["values"]): DecisionFormState => ({
  message: [...new Set(issues.map((i) => i.message))].join(" "),
  reload: false,
  values,
});

/**
 * "Duyệt", "Yêu cầu sửa" or "Từ chối" on /reviewer/[productId]: decides the listing on the version the page
 * showed (hidden field), then shows the item again with what happened. A plain form post: works without
 * JavaScript; a refusal comes back with the reviewer's comment as typed.
 */
export async function decideListingAction(
  _prev: DecisionFormState,
  fd: FormData,
): Promise<DecisionFormState> {
  const productId = text(fd.get("productId"));
  const values = { reasonCode: text(fd.get("reasonCode")), comment: text(fd.get("comment")) };
  const parsed = ZDecideListingInput.safeParse({
    productId,
    version: text(fd.get("version")),
    decision: text(fd.get("decision")),
    ...values,
  });
  if (!parsed.success) return invalid(parsed.error.issues, values);
  let outcome: ReviewOutcome;
  try {
    const done = await (await getCaller()).reviews.decideListing(parsed.data);
    outcome =
      done.decision === "approved" ? (done.revision ? "revision_approved" : "approved") : done.decision;
  } catch (e) {
    return refusal(e, values);
  }
  redirect(`/reviewer/${encodeURIComponent(productId)}?ket-qua=${outcome}`); // outside the try: redirect() throws
}

/** "Xác minh" or "Từ chối chứng nhận": decides the listing's pending OCOP certificate. */
export async function decideCertificateAction(
  _prev: DecisionFormState,
  fd: FormData,
): Promise<DecisionFormState> {
  const productId = text(fd.get("productId"));
  const checkedFields = fd.getAll("checkedFields").map(text);
  const values = { comment: text(fd.get("comment")), checkedFields };
  const parsed = ZDecideCertificateInput.safeParse({
    productId,
    version: text(fd.get("version")),
    decision: text(fd.get("decision")),
    checkedFields,
    comment: values.comment,
  });
  if (!parsed.success) return invalid(parsed.error.issues, values);
  let outcome: ReviewOutcome;
  try {
    const done = await (await getCaller()).reviews.decideCertificate(parsed.data);
    outcome = done.status === "verified" ? "verified" : "cert_rejected";
  } catch (e) {
    return refusal(e, values);
  }
  redirect(`/reviewer/${encodeURIComponent(productId)}?ket-qua=${outcome}`);
}
