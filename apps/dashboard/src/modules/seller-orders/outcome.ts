import type { Locale } from "@cho-phien/ui/locale";
import type { TSellerStep } from "@cho-phien/validators/orders";
import { CASH_OUTCOMES, cashOutcomeMessage, isCashOutcome } from "./cash-outcome";
import { sellerOrdersMessages } from "./messages";

/**
 * What happened after a step button, carried back in the URL as fixed words (`ket-qua`, `buoc`) and an
 * order code — never free text, so a crafted link cannot put words on the farmer's screen.
 */
export const OUTCOMES = [
  "done",
  "unchanged",
  "tracking",
  "not_found",
  "conflict",
  "forbidden",
  "invalid",
  "error",
  /** The farm declined or cancelled the order (orders.sellerDecline). */
  "declined",
  /** The order was already cancelled (a repeated submit, or the buyer cancelled first). */
  "already_cancelled",
  /** The decline form came back without a usable reason. */
  "reason",
  /** "Đã thu tiền" on a COD order (./cash-outcome). */
  ...CASH_OUTCOMES,
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The words for an outcome in the farmer's language; the cash outcomes come from ./cash-messages. */
export function outcomeMessage(
  outcome: Outcome,
  code: string,
  step: TSellerStep | undefined,
  locale: Locale,
): { ok: boolean; text: string } {
  if (isCashOutcome(outcome)) return cashOutcomeMessage(outcome, code, locale);
  const t = sellerOrdersMessages(locale).outcomes;
  switch (outcome) {
    case "done":
      return { ok: true, text: step ? t.done[step](code) : t.updated(code) };
    case "unchanged":
    case "declined":
    case "already_cancelled":
      return { ok: true, text: t[outcome](code) };
    case "tracking":
    case "not_found":
    case "conflict":
    case "reason":
      return { ok: false, text: t[outcome](code) };
    case "forbidden":
    case "invalid":
      return { ok: false, text: t[outcome] };
    default:
      return { ok: false, text: t.error };
  }
}
