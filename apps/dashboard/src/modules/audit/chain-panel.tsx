import Link from "next/link";
import type { AuditChainReport } from "~/server/api-types";
import { withParams } from "~/server/search-params";
import { auditQuery } from "./audit-filters";
import type { AuditMessages } from "./messages";

const entityHref = (r: { entityType: string; entityId: string }) =>
  withParams("/admin/audit", auditQuery({ entityType: r.entityType, entityId: r.entityId }));

/**
 * The hash-chain check of the entities in view: one line that says whether the log was tampered with, each
 * broken chain in red with the entry where it breaks and why, and the intact ones folded away.
 */
export function ChainPanel({
  reports,
  scope,
  t,
}: {
  reports: AuditChainReport[];
  scope: "entity" | "page";
  t: AuditMessages;
}) {
  const broken = reports.filter((r) => !r.ok);
  const intact = reports.filter((r) => r.ok);
  return (
    <section
      aria-labelledby="chain-heading"
      className={`mb-4 rounded-xl border p-3 ${
        broken.length ? "border-red-400 bg-red-50" : "border-green-300 bg-green-50"
      }`}
    >
      <h2 id="chain-heading" className="text-lg font-bold">
        {t.chainTitle}
      </h2>
      <p className="text-sm text-stone-700">{scope === "entity" ? t.chainScopeEntity : t.chainScopePage}</p>
      <p
        role={broken.length ? "alert" : "status"}
        className={`mt-2 text-base font-semibold ${broken.length ? "text-red-900" : "text-green-900"}`}
      >
        <span aria-hidden="true">{broken.length ? "✗ " : "✓ "}</span>
        {reports.length === 0
          ? t.chainNothing
          : broken.length
            ? t.chainBroken(broken.length, reports.length)
            : t.chainAllOk(reports.length)}
      </p>
      {broken.length > 0 && (
        <ul className="mt-2 space-y-2">
          {broken.map((r) => (
            <li
              key={`${r.entityType}:${r.entityId}`}
              className="rounded-lg border border-red-300 bg-white p-2"
            >
              <Link href={entityHref(r)} className="font-mono text-base break-all text-red-900 underline">
                {r.entityType} · {r.entityId}
              </Link>
              {!r.ok && (
                <p className="text-base text-red-900">
                  <span className="font-semibold">{t.brokenAt(r.brokenAt.id)}</span>: {t.why[r.brokenAt.why]}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {intact.length > 0 && (
        <details className="mt-2">
          <summary className="flex min-h-11 cursor-pointer items-center text-base font-medium">
            {t.intactList} ({intact.length})
          </summary>
          <ul className="mt-1 space-y-1 text-sm">
            {intact.map((r) => (
              <li key={`${r.entityType}:${r.entityId}`}>
                <Link href={entityHref(r)} className="font-mono break-all underline">
                  {r.entityType} · {r.entityId}
                </Link>{" "}
                <span className="text-stone-600">({t.entries(r.rows)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
