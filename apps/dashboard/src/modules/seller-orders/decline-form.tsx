import { DECLINE_REASON_LIMITS } from "@cho-phien/validators/orders";
import type { MyOrder } from "~/server/api-types";
import { declineOrderAction } from "./actions";
import { type ListParams, STATUS_PARAM } from "./list-params";
import type { SellerOrdersMessages } from "./messages";

/** Until the parcel leaves the farm, the farm may still say no (the API enforces the same rule). */
const DECLINABLE: readonly MyOrder["status"][] = ["placed", "accepted", "packed"];

/**
 * "Từ chối đơn": folded away under a <details> so it is never tapped by accident, opens without JavaScript.
 * The reason is required — the buyer reads it on their order page — and the order's stock goes back on sale.
 */
export function DeclineForm({
  order,
  list,
  t,
}: {
  order: MyOrder;
  list: ListParams;
  t: SellerOrdersMessages;
}) {
  if (!DECLINABLE.includes(order.status)) return null;
  const paidOnline = order.payment && order.payment.method !== "cod" && order.payment.status === "paid";
  const reasonId = `ly-do-${order.code}`;
  return (
    <details className="rounded-lg border border-stone-200">
      <summary className="flex min-h-12 cursor-pointer items-center px-3 text-base font-medium text-red-800">
        {t.decline}
      </summary>
      <form action={declineOrderAction} className="space-y-2 border-t border-stone-200 p-3">
        <input type="hidden" name="code" value={order.code} />
        <input type="hidden" name={STATUS_PARAM} value={list.status} />
        {list.shop && <input type="hidden" name="shop" value={list.shop} />}
        {list.page > 1 && <input type="hidden" name="page" value={String(list.page)} />}
        <p className="text-sm text-stone-700">
          {order.status === "placed" ? t.declinePlaced : t.declineAccepted}
          {paidOnline ? t.declineRefund : ""}
        </p>
        <label htmlFor={reasonId} className="block text-base font-medium">
          {t.declineReason}
        </label>
        <textarea
          id={reasonId}
          name="reason"
          required
          minLength={DECLINE_REASON_LIMITS.min}
          maxLength={DECLINE_REASON_LIMITS.max}
          rows={3}
          placeholder={t.declineReasonHint}
          className="w-full rounded-lg border border-stone-300 p-3 text-base"
        />
        <button
          type="submit"
          className="flex min-h-12 w-full items-center justify-center rounded-xl border border-red-700 bg-white px-4 text-base font-bold text-red-800 hover:bg-red-50"
        >
          {t.declineConfirm}
        </button>
      </form>
    </details>
  );
}
