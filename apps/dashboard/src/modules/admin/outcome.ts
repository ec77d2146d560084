import type { Locale } from "@cho-phien/ui/locale";
import { ADMIN_REASON_MAX, ADMIN_REASON_MIN } from "@cho-phien/validators/admin";
import { type AdminMessages, adminMessages } from "./messages";

export type AdminOutcome = keyof AdminMessages["outcomes"];

/**
 * What the last admin form did, carried back in `?ket-qua=` as a fixed word — never free text, so a crafted
 * link cannot put words on the admin's screen. True: good news (green); false: something to fix (amber).
 */
const OK: Record<AdminOutcome, boolean> = {
  role_changed: true,
  role_unchanged: true,
  self_demote: false,
  banned: true,
  already_banned: true,
  self_ban: false,
  unbanned: true,
  already_unbanned: true,
  provinces_set: true,
  provinces_unchanged: true,
  not_reviewer: false,
  invalid_province: false,
  suspended: true,
  already_suspended: true,
  reinstated: true,
  already_active: true,
  revoked: true,
  already_revoked: true,
  not_verified: false,
  reason_missing: false,
  reason_short: false,
  reason_long: false,
  not_found: false,
  forbidden: false,
  invalid: false,
  error: false,
};

export function adminOutcomeMessage(
  word: string | undefined,
  locale: Locale,
): { ok: boolean; text: string } | null {
  if (!word || !Object.hasOwn(OK, word)) return null;
  const outcome = word as AdminOutcome;
  return { ok: OK[outcome], text: adminMessages(locale).outcomes[outcome] };
}

/** Which word to show when the reason typed in the form was refused (the same limits as ZAdminReason). */
export function reasonOutcome(raw: string | undefined): AdminOutcome {
  const length = (raw ?? "").trim().replace(/\s+/g, " ").length;
  if (length === 0) return "reason_missing";
  if (length < ADMIN_REASON_MIN) return "reason_short";
  if (length > ADMIN_REASON_MAX) return "reason_long";
  return "invalid";
}

/** The outcome word for an error from the API: its tRPC code, and the DomainError's reason where it has one. */
export function outcomeOfError(e: unknown): AdminOutcome {
  const err = e as { code?: string; cause?: { reason?: string } };
  switch (err.cause?.reason) {
    case "SELF_DEMOTE":
      return "self_demote";
    case "SELF_BAN":
      return "self_ban";
    case "NOT_REVIEWER":
      return "not_reviewer";
    case "CERTIFICATE_NOT_VERIFIED":
      return "not_verified";
  }
  if (err.code === "NOT_FOUND") return "not_found";
  if (err.code === "FORBIDDEN" || err.code === "UNAUTHORIZED") return "forbidden";
  if (err.code === "BAD_REQUEST") return "invalid";
  return "error";
}
