import type { Locale } from "@cho-phien/ui/locale";
import { listingsMessages } from "./messages";

/**
 * The farmer-facing message of an API error: the API's own text (Vietnamese, whatever the page's language) for
 * a refusal it explains, or one of ours.
 */
export function apiErrorMessage(e: unknown, locale: Locale): string {
  const t = listingsMessages(locale);
  const err = e as { code?: string; message?: string; cause?: { reason?: string } };
  switch (err.code) {
    case "NOT_FOUND":
      return t.notFound;
    case "FORBIDDEN":
    case "UNAUTHORIZED":
      return t.notAllowed;
    case "CONFLICT":
    case "BAD_REQUEST":
      return err.message ?? t.invalid;
    default:
      console.error("[listings] action failed", e);
      return t.busy;
  }
}

export function isStaleListing(e: unknown): boolean {
  return (e as { cause?: { reason?: string } }).cause?.reason === "STALE_LISTING";
}
