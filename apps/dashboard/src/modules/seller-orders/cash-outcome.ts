import type { Locale } from "@cho-phien/ui/locale";
import { cashMessages } from "./cash-messages";

/**
 * What happened after "Đã thu tiền", carried back in the URL as a fixed word (`ket-qua`) like the step
 * buttons' outcomes (./outcome), never free text.
 */
export const CASH_OUTCOMES = [
  "cash_recorded",
  "cash_unchanged",
  "cash_over_total",
  "cash_date",
  "cash_amount",
  "cash_not_cod",
  "cash_not_delivered",
] as const;
export type CashOutcome = (typeof CASH_OUTCOMES)[number];

export function isCashOutcome(v: string): v is CashOutcome {
  return (CASH_OUTCOMES as readonly string[]).includes(v);
}

export function cashOutcomeMessage(
  outcome: CashOutcome,
  code: string,
  locale: Locale = "vi",
): { ok: boolean; text: string } {
  return {
    ok: outcome === "cash_recorded" || outcome === "cash_unchanged",
    text: cashMessages(locale).outcome[outcome](code),
  };
}
