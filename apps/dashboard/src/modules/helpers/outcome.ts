import type { Locale } from "@cho-phien/ui/locale";
import { helpersMessages } from "./messages";

/**
 * What happened after a helper form, carried back in the URL as a fixed word (`ket-qua`) — never free text,
 * so a crafted link cannot put words on the farmer's screen.
 */
export const HELPER_OUTCOMES = [
  "invited",
  "already_helping",
  "unknown_phone",
  "self",
  "invalid_phone",
  "revoked",
  "already_revoked",
  "accepted",
  "declined",
  "not_found",
  "invalid",
  "error",
] as const;
export type HelperOutcome = (typeof HELPER_OUTCOMES)[number];

/** Which outcomes are good news (a green notice) rather than something to fix (an amber alert). */
const OK: Record<HelperOutcome, boolean> = {
  invited: true,
  already_helping: true,
  unknown_phone: false,
  self: false,
  invalid_phone: false,
  revoked: true,
  already_revoked: true,
  accepted: true,
  declined: true,
  not_found: false,
  invalid: false,
  error: false,
};

export function helperOutcomeMessage(
  value: string | undefined,
  locale: Locale,
): { ok: boolean; text: string } | null {
  if (!value || !(HELPER_OUTCOMES as readonly string[]).includes(value)) return null;
  const outcome = value as HelperOutcome;
  return { ok: OK[outcome], text: helpersMessages(locale).outcomes[outcome] };
}

/** The outcome word for an error from the API (tRPC code and DomainError reason). */
export function outcomeOfError(e: unknown): HelperOutcome {
  const err = e as { code?: string; cause?: { reason?: string } };
  if (err.code === "NOT_FOUND") return "not_found";
  if (err.code === "BAD_REQUEST") {
    if (err.cause?.reason === "UNKNOWN_PHONE") return "unknown_phone";
    if (err.cause?.reason === "SELF_INVITE") return "self";
    return "invalid";
  }
  return "error";
}
