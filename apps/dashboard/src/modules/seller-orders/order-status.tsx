import type { OrderStatus } from "@cho-phien/db";
import type { Locale } from "@cho-phien/ui/locale";
import { farmOrderStatusLabel } from "@cho-phien/validators/order-status-labels";

/**
 * Order states as the farm sees them: the words are the farm's tables (one per locale) in the shared file
 * (@cho-phien/validators/order-status-labels, which also holds the buyer's words); each state here gets its own
 * colour and symbol (never colour alone).
 */
const STYLE: Record<OrderStatus, { className: string; icon: string }> = {
  pending_payment: { className: "border-stone-300 bg-stone-100 text-stone-800", icon: "…" },
  placed: { className: "border-amber-300 bg-amber-50 text-amber-900", icon: "!" },
  accepted: { className: "border-sky-300 bg-sky-50 text-sky-900", icon: "✓" },
  packed: { className: "border-sky-300 bg-sky-50 text-sky-900", icon: "▣" },
  shipped: { className: "border-violet-300 bg-violet-50 text-violet-900", icon: "→" },
  delivered: { className: "border-green-300 bg-green-50 text-green-900", icon: "✓" },
  completed: { className: "border-green-300 bg-green-50 text-green-900", icon: "✓" },
  cancelled: { className: "border-red-300 bg-red-50 text-red-900", icon: "✕" },
  refunded: { className: "border-stone-300 bg-white text-stone-700", icon: "↩" },
};

export function OrderStatusBadge({ status, locale }: { status: OrderStatus; locale: Locale }) {
  const s = STYLE[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${s.className}`}
    >
      <span aria-hidden="true">{s.icon}</span>
      {farmOrderStatusLabel(status, locale)}
    </span>
  );
}
