"use server";

import { ZSellerAdvanceInput } from "@cho-phien/validators/orders";
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
    const code = (e as { code?: string }).code;
    outcome =
      code === "NOT_FOUND"
        ? "not_found"
        : code === "CONFLICT"
          ? "conflict"
          : code === "FORBIDDEN" || code === "UNAUTHORIZED"
            ? "forbidden"
            : code === "BAD_REQUEST"
              ? "invalid"
              : "error";
    if (outcome === "error") console.error("[seller orders] advance failed", e);
  }
  back(outcome, parsed.data.code, parsed.data.to);
}
