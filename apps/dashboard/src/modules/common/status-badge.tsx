import type { TListingStatus } from "@cho-phien/validators/listings";

/** Listing states in words a farmer uses, each with its own colour and symbol (not colour alone). */
export const LISTING_STATUS: Record<TListingStatus, { label: string; className: string; icon: string }> = {
  draft: { label: "Bản nháp", className: "border-stone-300 bg-stone-100 text-stone-800", icon: "✎" },
  submitted: { label: "Chờ duyệt", className: "border-sky-300 bg-sky-50 text-sky-900", icon: "…" },
  approved: { label: "Đang bán", className: "border-green-300 bg-green-50 text-green-900", icon: "✓" },
  changes_requested: {
    label: "Cần sửa",
    className: "border-amber-300 bg-amber-50 text-amber-900",
    icon: "!",
  },
  rejected: { label: "Bị từ chối", className: "border-red-300 bg-red-50 text-red-900", icon: "✕" },
  archived: { label: "Đã ẩn", className: "border-stone-300 bg-white text-stone-600", icon: "▫" },
};

export function StatusBadge({ status }: { status: TListingStatus }) {
  const s = LISTING_STATUS[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${s.className}`}
    >
      <span aria-hidden="true">{s.icon}</span>
      {s.label}
    </span>
  );
}
