import type { Locale } from "@cho-phien/ui/locale";
import { formatDateVn } from "@cho-phien/validators/dates";
import type { ReactNode } from "react";
import type { RevisionChange } from "~/server/api-types";
import { storefrontImage } from "~/server/storefront";
import type { ReviewerMessages } from "./messages";

type OcopChange = Extract<RevisionChange, { field: "ocop" }>;
type OcopFields = NonNullable<OcopChange["before"]>;

/**
 * A revision field by field: what buyers see now beside what the farm proposes. Stacked on a phone, side by
 * side from 640 px; each side labelled in words, not by colour alone.
 */
export function RevisionChanges({
  changes,
  t,
  locale,
}: {
  changes: RevisionChange[];
  t: ReviewerMessages;
  locale: Locale;
}) {
  if (changes.length === 0) return null;
  return (
    <section
      aria-labelledby="changes"
      className="rounded-xl border border-violet-300 bg-violet-50 p-3 sm:p-4"
    >
      <h2 id="changes" className="text-lg font-bold">
        {t.changesTitle}
      </h2>
      <p className="text-base text-stone-700">{t.changesHint}</p>
      <ul className="mt-3 space-y-3">
        {changes.map((c) => (
          <li key={c.field} className="rounded-lg bg-white p-3">
            <h3 className="text-base font-bold">{t.field[c.field]}</h3>
            <div className="mt-1 grid gap-2 sm:grid-cols-2">
              <Side label={t.before} tone="before">
                {render(c, "before", t, locale)}
              </Side>
              <Side label={t.after} tone="after">
                {render(c, "after", t, locale)}
              </Side>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Side({ label, tone, children }: { label: string; tone: "before" | "after"; children: ReactNode }) {
  return (
    <div
      className={`rounded-lg border p-2 ${tone === "before" ? "border-stone-300 bg-stone-50" : "border-violet-400 bg-violet-50"}`}
    >
      <p className="text-sm font-semibold text-stone-600">{label}</p>
      <div className="text-base break-words">{children}</div>
    </div>
  );
}

function render(c: RevisionChange, side: "before" | "after", t: ReviewerMessages, locale: Locale): ReactNode {
  switch (c.field) {
    case "title":
    case "description":
      return <p className="whitespace-pre-line">{c[side]}</p>;
    case "category": {
      const cat = c[side];
      return cat ? (locale === "en" ? cat.nameEn : cat.name) : t.categoryGone;
    }
    case "images":
      return (
        <>
          <p className="text-sm text-stone-600">{t.photoCount(c[side].length)}</p>
          <ul className="mt-1 flex flex-wrap gap-1">
            {c[side].map((src, i) => (
              <li key={`${src}-${i}`}>
                <img
                  src={storefrontImage(src)}
                  alt={t.photoAlt(t.field.images, i + 1)}
                  width={72}
                  height={72}
                  loading="lazy"
                  className="size-18 rounded bg-stone-200 object-cover"
                />
              </li>
            ))}
          </ul>
        </>
      );
    case "ocop": {
      const claim = c[side];
      return (
        <>
          {claim ? <OcopLines claim={claim} changed={c.changedFields} t={t} /> : <p>{t.noClaim}</p>}
          {side === "after" && c.proposedScanPath && (
            <p className="mt-1">
              <a
                href={storefrontImage(c.proposedScanPath)}
                target="_blank"
                rel="noopener"
                className="inline-flex min-h-12 items-center font-semibold text-green-900 underline"
              >
                {t.proposedScan}
              </a>
            </p>
          )}
        </>
      );
    }
  }
}

function OcopLines({
  claim,
  changed,
  t,
}: {
  claim: OcopFields;
  changed: OcopChange["changedFields"];
  t: ReviewerMessages;
}) {
  const rows: [keyof OcopFields, string, string][] = [
    ["stars", t.stars, `${claim.stars} ★`],
    ["decisionNumber", t.decisionNumber, claim.decisionNumber],
    ["issuingAuthority", t.issuingAuthority, claim.issuingAuthority],
    ["issuingLevel", t.issuingLevel, t.levels[claim.issuingLevel]],
    ["signedAt", t.signedAt, formatDateVn(new Date(claim.signedAt))],
    ["expiresAt", t.expiresAt, formatDateVn(new Date(claim.expiresAt))],
    ["productGroup", t.productGroup, claim.productGroup ?? "—"],
    ["producer", t.producer, claim.producer ?? "—"],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-base">
      {rows.map(([key, label, value]) => (
        <div key={key} className={`contents ${changed.includes(key) ? "font-semibold" : ""}`}>
          <dt className="text-stone-600">
            {changed.includes(key) && <span aria-hidden="true">● </span>}
            {label}
          </dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
