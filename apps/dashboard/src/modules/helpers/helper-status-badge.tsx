import type { THelperStatus } from "@cho-phien/validators/helpers";
import type { HelpersMessages } from "./messages";

const STYLE: Record<THelperStatus, { className: string; icon: string }> = {
  active: { className: "border-green-300 bg-green-50 text-green-900", icon: "✓" },
  pending: { className: "border-sky-300 bg-sky-50 text-sky-900", icon: "…" },
  revoked: { className: "border-stone-300 bg-stone-100 text-stone-700", icon: "✕" },
};

/** A helper's status in words, with its own colour and symbol (not colour alone). */
export function HelperStatusBadge({ status, t }: { status: THelperStatus; t: HelpersMessages }) {
  const s = STYLE[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${s.className}`}
    >
      <span aria-hidden="true">{s.icon}</span>
      {t.status[status]}
    </span>
  );
}
