"use server";

import {
  ZOrderCode,
  ZRecordCashCollectedInput,
  ZSellerAdvanceInput,
  ZSellerDeclineInput,
} from "@cho-phien/validators/orders";
import { redirect } from "next/navigation";
import { getCaller } from "~/server/caller";
import { listHref, parseListParams, STATUS_PARAM } from "./list-params";
import type { Outcome } from "./outcome";

const str = (v: FormDataEntryValue | null) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/**
 * A step button on /seller/orders ("Nhận đơn", "Đã đóng gói", "Giao cho vận chuyển", "Đã giao"): a plain form
 * post, so it works without JavaScript on any phone. orders.sellerAdvance checks the shop:manage permission,
 * that the order belongs to a shop the user manages (owner or helper), and the state machine; repeating a
 * step changes nothing. The farmer comes back to the same list, scrolled to the order, with the outcome.
 */
export async function advanceOrderAction(formData: FormData): Promise<void> {
  const { params } = parseListParams({
    [STATUS_PARAM]: str(formData.get(STATUS_PARAM)),
    shop: str(formData.get("shop")),
    page: str(formData.get("page")),
  });
  const parsed = ZSellerAdvanceInput.safeParse({
    code: str(formData.get("code")),
    to: str(formData.get("to")),
    trackingCode: str(formData.get("trackingCode")),
    carrier: str(formData.get("carrier")),
  });
  const back = (outcome: Outcome, code?: string, step?: string) =>
    redirect(
      `${listHref(params, { "ket-qua": outcome, ma: code, buoc: step })}${code ? `#don-${code}` : ""}`,
    );

  if (!parsed.success) {
    const code =
      typeof formData.get("code") === "string" ? String(formData.get("code")).trim().toUpperCase() : "";
    const onTracking = parsed.error.issues.some((i) => i.path[0] === "trackingCode");
    back(onTracking ? "tracking" : "invalid", /^[A-Z0-9-]{4,40}$/.test(code) ? code : undefined);
    return;
  }
  let outcome: Outcome;
  try {
    const api = await getCaller();
    outcome = (await api.orders.sellerAdvance(parsed.data)).changed ? "done" : "unchanged";
  } catch (e) {
    outcome = failureOutcome(e, "advance");
  }
  back(outcome, parsed.data.code, parsed.data.to);
}

/**
 * "Từ chối đơn" on /seller/orders: the farm declines (or cancels, before shipping) with a reason the buyer
 * reads. orders.sellerDecline checks access, the status and returns the stock; a plain form post, so it
 * works without JavaScript. Back to the same list, scrolled to the order, with the outcome.
 */
export async function declineOrderAction(formData: FormData): Promise<void> {
  const { params } = parseListParams({
    [STATUS_PARAM]: str(formData.get(STATUS_PARAM)),
    shop: str(formData.get("shop")),
    page: str(formData.get("page")),
  });
  const back = (outcome: Outcome, code?: string) =>
    redirect(`${listHref(params, { "ket-qua": outcome, ma: code })}${code ? `#don-${code}` : ""}`);

  const parsed = ZSellerDeclineInput.safeParse({
    code: str(formData.get("code")),
    reason: typeof formData.get("reason") === "string" ? formData.get("reason") : undefined,
  });
  if (!parsed.success) {
    const code = ZOrderCode.safeParse(formData.get("code"));
    const onReason = parsed.error.issues.some((i) => i.path[0] === "reason");
    back(onReason && code.success ? "reason" : "invalid", code.success ? code.data : undefined);
    return;
  }
  let outcome: Outcome;
  try {
    const api = await getCaller();
    outcome = (await api.orders.sellerDecline(parsed.data)).changed ? "declined" : "already_cancelled";
  } catch (e) {
    outcome = failureOutcome(e, "decline");
  }
  back(outcome, parsed.data.code);
}

/**
 * "Đã thu tiền" on a delivered cash-on-delivery order: the amount the carrier handed over and the day. A
 * plain form post (works without JavaScript); orders.recordCashCollected checks access, that the order is
 * COD and delivered, the amount against the total and the day, and records it (a new figure replaces the old
 * one, audited). Back to the same list, scrolled to the order, with the outcome.
 */
export async function recordCashAction(formData: FormData): Promise<void> {
  const { params } = parseListParams({
    [STATUS_PARAM]: str(formData.get(STATUS_PARAM)),
    shop: str(formData.get("shop")),
    page: str(formData.get("page")),
  });
  const back = (outcome: Outcome, code?: string) =>
    redirect(`${listHref(params, { "ket-qua": outcome, ma: code })}${code ? `#don-${code}` : ""}`);

  const code = ZOrderCode.safeParse(formData.get("code"));
  if (!code.success) {
    back("invalid");
    return;
  }
  const parsed = ZRecordCashCollectedInput.safeParse({
    code: code.data,
    amountVnd: str(formData.get("amountVnd")),
    collectedAt: str(formData.get("collectedAt")) ?? "",
  });
  if (!parsed.success) {
    const onDate = parsed.error.issues.some((i) => i.path[0] === "collectedAt");
    back(onDate ? "cash_date" : "cash_amount", code.data);
    return;
  }
  let outcome: Outcome;
  try {
    const api = await getCaller();
    outcome = (await api.orders.recordCashCollected(parsed.data)).changed
      ? "cash_recorded"
      : "cash_unchanged";
  } catch (e) {
    // The API names why it refused (DomainError reason); each reason has its own words for the farmer.
    const reason = (e as { cause?: { reason?: string } }).cause?.reason;
    outcome =
      reason === "AMOUNT_OVER_TOTAL"
        ? "cash_over_total"
        : reason === "BEFORE_ORDER" || reason === "IN_FUTURE"
          ? "cash_date"
          : reason === "NOT_COD"
            ? "cash_not_cod"
            : reason === "NOT_DELIVERED"
              ? "cash_not_delivered"
              : failureOutcome(e, "record cash");
  }
  back(outcome, code.data);
}

/** A refused call as an outcome word; anything unexpected is logged and shown as a generic error. */
function failureOutcome(e: unknown, what: string): Outcome {
  const code = (e as { code?: string }).code;
  const outcome: Outcome =
    code === "NOT_FOUND"
      ? "not_found"
      : code === "CONFLICT"
        ? "conflict"
        : code === "FORBIDDEN" || code === "UNAUTHORIZED"
          ? "forbidden"
          : code === "BAD_REQUEST"
            ? "invalid"
            : "error";
  if (outcome === "error") console.error(`[seller orders] ${what} failed`, e);
  return outcome;
}
