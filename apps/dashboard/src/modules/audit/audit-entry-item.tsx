import { formatDateTimeVn } from "@cho-phien/validators/dates";
import Link from "next/link";
import type { AuditEntry } from "~/server/api-types";
import { withParams } from "~/server/search-params";
import { auditQuery } from "./audit-filters";
import type { AuditMessages } from "./messages";

/** One log entry: when (Vietnam time), who in which role, what, on what, and why; its full data folded away. */
export function AuditEntryItem({
  entry,
  brokenHere,
  t,
}: {
  entry: AuditEntry;
  brokenHere: boolean;
  t: AuditMessages;
}) {
  const role = entry.actorRole ? (t.actorRoles[entry.actorRole] ?? entry.actorRole) : null;
  const s = entry.summary;
  return (
    <li className={`p-3 ${brokenHere ? "border-l-4 border-red-600 bg-red-50" : ""}`}>
      {brokenHere && <p className="mb-1 text-base font-bold text-red-900">✗ {t.brokenHere}</p>}
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <p className="font-mono text-base font-semibold break-all">{entry.action}</p>
        <p className="text-sm text-stone-600">
          <span className="sr-only">{t.at} </span>
          {formatDateTimeVn(entry.createdAt)} · #{entry.id}
        </p>
      </div>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-base">
        <dt className="text-stone-600">{t.by}</dt>
        <dd className="break-words">
          {entry.actorName ?? (entry.actorId ? entry.actorId : t.system)}
          {role && <span className="text-stone-600"> · {role}</span>}
        </dd>
        <dt className="text-stone-600">{t.on}</dt>
        <dd>
          <Link
            href={withParams(
              "/admin/audit",
              auditQuery({ entityType: entry.entityType, entityId: entry.entityId }),
            )}
            className="font-mono break-all underline"
            title={t.onlyThis}
          >
            {entry.entityType} · {entry.entityId}
          </Link>
        </dd>
        {s.reason && (
          <>
            <dt className="text-stone-600">{t.reason}</dt>
            <dd className="break-words">{s.reason}</dd>
          </>
        )}
        {s.version !== undefined && (
          <>
            <dt className="text-stone-600">{t.version}</dt>
            <dd>{s.version}</dd>
          </>
        )}
        {(s.from !== undefined || s.to !== undefined) && (
          <>
            <dt className="text-stone-600">{t.change}</dt>
            <dd className="break-words">
              {s.from ?? "—"} → {s.to ?? "—"}
            </dd>
          </>
        )}
      </dl>
      <details className="mt-1">
        <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-stone-700">
          {t.details}
        </summary>
        <pre className="overflow-x-auto rounded-lg bg-stone-100 p-2 text-xs">
          {JSON.stringify(entry.data, null, 2)}
        </pre>
      </details>
    </li>
  );
}
