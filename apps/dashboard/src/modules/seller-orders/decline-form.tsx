import { DECLINE_REASON_LIMITS } from "@cho-phien/validators/orders";
import type { MyOrder } from "~/server/api-types";
import { declineOrderAction } from "./actions";
import { type ListParams, STATUS_PARAM } from "./list-params";

/** Until the parcel leaves the farm, the farm may still say no (the API enforces the same rule). */
const DECLINABLE: readonly MyOrder["status"][] = ["placed", "accepted", "packed"];

/**
 * "Từ chối đơn": folded away under a <details> so it is never tapped by accident, opens without JavaScript.
 * The reason is required — the buyer reads it on their order page — and the order's stock goes back on sale.
 */
export function DeclineForm({ order, list }: { order: MyOrder; list: ListParams }) {
  if (!DECLINABLE.includes(order.status)) return null;
  const paidOnline = order.payment && order.payment.method !== "cod" && order.payment.status === "paid";
  const reasonId = `ly-do-${order.code}`;
  return (
    <details className="rounded-lg border border-stone-200">
      <summary className="flex min-h-12 cursor-pointer items-center px-3 text-base font-medium text-red-800">
        Từ chối đơn
      </summary>
      <form action={declineOrderAction} className="space-y-2 border-t border-stone-200 p-3">
        <input type="hidden" name="code" value={order.code} />
        <input type="hidden" name={STATUS_PARAM} value={list.status} />
        {list.shop && <input type="hidden" name="shop" value={list.shop} />}
        {list.page > 1 && <input type="hidden" name="page" value={String(list.page)} />}
        <p className="text-sm text-stone-700">
          {order.status === "placed"
            ? "Không nhận được đơn này? Đơn sẽ bị hủy, hàng trả về kho."
            : "Đã nhận đơn nhưng không giao được? Đơn sẽ bị hủy, hàng trả về kho."}
          {paidOnline ? " Người mua đã thanh toán: Chợ Phiên sẽ hoàn tiền cho họ." : ""}
        </p>
        <label htmlFor={reasonId} className="block text-base font-medium">
          Lý do (người mua sẽ đọc)
        </label>
        <textarea
          id={reasonId}
          name="reason"
          required
          minLength={DECLINE_REASON_LIMITS.min}
          maxLength={DECLINE_REASON_LIMITS.max}
          rows={3}
          placeholder="VD: Vườn bị sương muối, ớt hỏng hết, xin lỗi bạn"
          className="w-full rounded-lg border border-stone-300 p-3 text-base"
        />
        <button
          type="submit"
          className="flex min-h-12 w-full items-center justify-center rounded-xl border border-red-700 bg-white px-4 text-base font-bold text-red-800 hover:bg-red-50"
        >
          Xác nhận từ chối đơn
        </button>
      </form>
    </details>
  );
}
