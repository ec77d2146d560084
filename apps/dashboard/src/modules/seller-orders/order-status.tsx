import type { OrderStatus } from "@cho-phien/db";

/**
 * Order states in the words a farmer uses, each with its own colour and symbol (never colour alone). The
 * buyer-facing labels live with the state machine; these are the farm's side of the same steps.
 */
export const ORDER_STATUS: Record<OrderStatus, { label: string; className: string; icon: string }> = {
  pending_payment: {
    label: "Chờ người mua trả tiền",
    className: "border-stone-300 bg-stone-100 text-stone-800",
    icon: "…",
  },
  placed: { label: "Đơn mới", className: "border-amber-300 bg-amber-50 text-amber-900", icon: "!" },
  accepted: { label: "Đã nhận đơn", className: "border-sky-300 bg-sky-50 text-sky-900", icon: "✓" },
  packed: { label: "Đã đóng gói", className: "border-sky-300 bg-sky-50 text-sky-900", icon: "▣" },
  shipped: { label: "Đang giao", className: "border-violet-300 bg-violet-50 text-violet-900", icon: "→" },
  delivered: { label: "Đã giao", className: "border-green-300 bg-green-50 text-green-900", icon: "✓" },
  completed: { label: "Hoàn tất", className: "border-green-300 bg-green-50 text-green-900", icon: "✓" },
  cancelled: { label: "Đã hủy", className: "border-red-300 bg-red-50 text-red-900", icon: "✕" },
  refunded: { label: "Đã hoàn tiền", className: "border-stone-300 bg-white text-stone-700", icon: "↩" },
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const s = ORDER_STATUS[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${s.className}`}
    >
      <span aria-hidden="true">{s.icon}</span>
      {s.label}
    </span>
  );
}
