import { OcopBadge } from "@cho-phien/ui/ocop-badge";
import type { Messages } from "~/i18n/dictionary";
import { formatDate } from "~/i18n/format";
import type { Locale } from "~/i18n/locale";
import type { OcopBadge as TOcop } from "~/server/api-types";

/** The certificate behind the badge, so a buyer can check the decision number with the issuing authority. */
export function OcopCertificate({ ocop, t, locale }: { ocop: TOcop; t: Messages; locale: Locale }) {
  const rows: [string, string | null][] = [
    [t.ocopDecision, ocop.decisionNumber],
    [t.ocopAuthority, ocop.issuingAuthority],
    [t.ocopSigned, formatDate(ocop.signedAt, locale)],
    [t.ocopExpires, formatDate(ocop.expiresAt, locale)],
    [t.ocopProducer, ocop.producer],
    [t.ocopTrace, ocop.traceabilityCode],
  ];
  return (
    <section aria-labelledby="ocop-title" className="rounded-xl border border-amber-300 bg-amber-50/60 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="ocop-title" className="text-base font-bold">
          {t.ocopCertificate}
        </h2>
        <OcopBadge stars={ocop.stars} label={t.ocopBadge(ocop.stars)} />
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {rows
          .filter((r): r is [string, string] => Boolean(r[1]))
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-stone-600">{k}</dt>
              <dd className="font-medium break-words">{v}</dd>
            </div>
          ))}
      </dl>
      <p className="mt-2 text-xs text-stone-600">{t.ocopVerified}</p>
    </section>
  );
}
