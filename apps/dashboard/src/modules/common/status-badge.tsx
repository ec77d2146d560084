import type { TListingStatus } from "@cho-phien/validators/listings";
import { getLocale } from "~/i18n/get-locale";
import { commonMessages } from "./messages";

const VI = commonMessages("vi").listingStatus;

/**
 * Listing states in words a farmer uses, each with its own colour and symbol (not colour alone). `label` is the
 * Vietnamese word (for pages that print it directly); other languages' words are in ./messages.
 */
export const LISTING_STATUS: Record<TListingStatus, { label: string; className: string; icon: string }> = {
  draft: { label: VI.draft, className: "border-stone-300 bg-stone-100 text-stone-800", icon: "✎" },
  submitted: { label: VI.submitted, className: "border-sky-300 bg-sky-50 text-sky-900", icon: "…" },
  approved: { label: VI.approved, className: "border-green-300 bg-green-50 text-green-900", icon: "✓" },
  changes_requested: {
    label: VI.changes_requested,
    className: "border-amber-300 bg-amber-50 text-amber-900",
    icon: "!",
  },
  rejected: { label: VI.rejected, className: "border-red-300 bg-red-50 text-red-900", icon: "✕" },
  archived: { label: VI.archived, className: "border-stone-300 bg-white text-stone-600", icon: "▫" },
};

/** A listing's status badge, in the request's language (a server component: it reads the locale itself). */
export async function StatusBadge({ status }: { status: TListingStatus }) {
  const s = LISTING_STATUS[status];
  const label = commonMessages(await getLocale()).listingStatus[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${s.className}`}
    >
      <span aria-hidden="true">{s.icon}</span>
      {label}
    </span>
  );
}
