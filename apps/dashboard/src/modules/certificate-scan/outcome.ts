import type { Locale } from "@cho-phien/ui/locale";
import { certificateScanMessages } from "./messages";

/** What happened to the last scan upload, as the upload handler's `?ket-qua=` carries it back to the page. */
export type ScanOutcome = keyof ReturnType<typeof certificateScanMessages>["outcomes"];

/** Only "uploaded" is good news; the rest are problems shown as an alert. */
export function isScanOutcome(v: string | undefined): v is ScanOutcome {
  return !!v && Object.hasOwn(certificateScanMessages("vi").outcomes, v);
}

export function scanOutcomeMessage(outcome: ScanOutcome, locale: Locale): { ok: boolean; text: string } {
  return { ok: outcome === "uploaded", text: certificateScanMessages(locale).outcomes[outcome] };
}
