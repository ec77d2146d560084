import type { Locale } from "@cho-phien/ui/locale";
import { type ListingsMessages, listingsMessages } from "./messages";

type ListingOutcome = keyof ListingsMessages["outcomes"];

/**
 * What happened before the edit page opened, carried in `?ket-qua=` as a fixed word (never free text). Only
 * "not_submitted" is something to act on; the rest are good news.
 */
const OK: Record<ListingOutcome, boolean> = {
  created: true,
  submitted: true,
  not_submitted: false,
  saved: true,
  published: true,
  revision_submitted: true,
  archived: true,
  restored: true,
  duplicated: true,
};

export function listingOutcome(
  word: string | undefined,
  locale: Locale,
): { ok: boolean; text: string } | null {
  if (!word || !Object.hasOwn(OK, word)) return null;
  const outcome = word as ListingOutcome;
  return { ok: OK[outcome], text: listingsMessages(locale).outcomes[outcome] };
}

/** After these, what was typed on this device is saved: the kept draft can go. */
export const SAVED_OUTCOMES = new Set([
  "created",
  "submitted",
  "not_submitted",
  "saved",
  "published",
  "revision_submitted",
]);
