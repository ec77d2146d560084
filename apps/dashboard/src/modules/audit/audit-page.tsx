import { getLocale } from "~/i18n/get-locale";
import { AdminNav } from "~/modules/admin/admin-nav";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { getCaller } from "~/server/caller";
import { type SearchParams, withParams } from "~/server/search-params";
import { AuditEntryItem } from "./audit-entry-item";
import { AuditFilterForm } from "./audit-filter-form";
import { auditQuery, readAuditFilters } from "./audit-filters";
import { ChainPanel } from "./chain-panel";
import { auditMessages } from "./messages";

/**
 * /admin/audit: the audit log newest first, filtered by a GET form, and the hash-chain check of what is in
 * view — the filtered entity's whole history, or every entity on this page — with broken links in red both in
 * the panel and on the entry where the chain breaks.
 */
export async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const [caller, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = auditMessages(locale);
  const { input, errors } = readAuditFilters(searchParams);
  const log = await caller.audit.list(input);

  const scope = input.entityType && input.entityId ? "entity" : "page";
  const entities =
    scope === "entity"
      ? [{ entityType: input.entityType!, entityId: input.entityId! }]
      : [...new Map(log.items.map((e) => [`${e.entityType}:${e.entityId}`, e])).values()].map((e) => ({
          entityType: e.entityType,
          entityId: e.entityId,
        }));
  const reports = entities.length ? await caller.audit.verify({ entities }) : [];
  const brokenRows = new Set(reports.flatMap((r) => (r.ok ? [] : [r.brokenAt.id])));

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <AdminNav current="/admin/audit" />
      <InputErrors messages={errors} />
      <AuditFilterForm filters={input} t={t} />
      <ChainPanel reports={reports} scope={scope} t={t} />
      <p className="mb-2 text-base text-stone-700">{t.count(log.total)}</p>
      {log.items.length === 0 ? (
        <EmptyState>{t.noEntries}</EmptyState>
      ) : (
        <ol className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {log.items.map((e) => (
            <AuditEntryItem key={e.id} entry={e} brokenHere={brokenRows.has(e.id)} t={t} />
          ))}
        </ol>
      )}
      <Pagination
        page={log.page}
        pageSize={log.pageSize}
        total={log.total}
        href={(page) => withParams("/admin/audit", auditQuery(input, page))}
      />
    </div>
  );
}
