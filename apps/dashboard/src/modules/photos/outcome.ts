import type { Locale } from "@cho-phien/ui/locale";
import { photosMessages } from "./messages";

/** What happened to the farm's last photo action, as `?ket-qua=` carries it back to the page. */
export type PhotoOutcome =
  | "saved"
  | "uploaded"
  | "full"
  | "too_large"
  | "unsupported"
  | "broken"
  | "no_photo"
  | "not_found"
  | "conflict"
  | "invalid"
  | "error";

/** Which outcomes are good news (a status line) rather than a problem (an alert). */
const OK: Record<PhotoOutcome, boolean> = {
  saved: true,
  uploaded: true,
  full: false,
  too_large: false,
  unsupported: false,
  broken: false,
  no_photo: false,
  not_found: false,
  conflict: false,
  invalid: false,
  error: false,
};

export function isPhotoOutcome(v: string | undefined): v is PhotoOutcome {
  return !!v && Object.hasOwn(OK, v);
}

/** The words for an outcome, in the page's language. */
export function photoOutcomeMessage(outcome: PhotoOutcome, locale: Locale): { ok: boolean; text: string } {
  return { ok: OK[outcome], text: photosMessages(locale).outcomes[outcome] };
}

/** A failed procedure call as an outcome. */
export function photoOutcomeOf(e: unknown): PhotoOutcome {
  const code = (e as { code?: string }).code;
  if (code === "NOT_FOUND") return "not_found";
  if (code === "CONFLICT") return "conflict";
  if (code === "BAD_REQUEST") return "invalid";
  return "error";
}
