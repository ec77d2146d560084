import type { TListAuditQuery } from "@cho-phien/validators/audit";
import Link from "next/link";
import { AUDIT_PARAMS } from "./audit-filters";
import type { AuditMessages } from "./messages";

const input = "mt-1 block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-base";

/** The log's filters as one GET form (works without JavaScript); one column on a phone, two or three wider. */
export function AuditFilterForm({ filters, t }: { filters: TListAuditQuery; t: AuditMessages }) {
  const text = (key: "actor" | "action" | "entityType" | "entityId", label: string, hint?: string) => (
    <label className="block text-base font-medium">
      {label}
      <input
        name={AUDIT_PARAMS[key]}
        defaultValue={filters[key] ?? ""}
        placeholder={hint}
        maxLength={key === "entityId" ? 64 : 100}
        autoCapitalize="none"
        spellCheck={false}
        className={input}
      />
    </label>
  );
  return (
    <form
      method="get"
      action="/admin/audit"
      aria-label={t.filters}
      className="mb-4 rounded-xl border border-stone-200 bg-white p-3"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {text("actor", t.actor, t.actorHint)}
        {text("action", t.action, t.actionHint)}
        {text("entityType", t.entityType, t.entityTypeHint)}
        {text("entityId", t.entityId)}
        <label className="block text-base font-medium">
          {t.from}
          <input type="date" name={AUDIT_PARAMS.from} defaultValue={filters.from ?? ""} className={input} />
        </label>
        <label className="block text-base font-medium">
          {t.to}
          <input type="date" name={AUDIT_PARAMS.to} defaultValue={filters.to ?? ""} className={input} />
        </label>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="submit"
          className="min-h-12 flex-1 rounded-lg bg-green-700 px-5 text-lg font-semibold text-white hover:bg-green-800"
        >
          {t.apply}
        </button>
        <Link
          href="/admin/audit"
          className="flex min-h-12 items-center justify-center rounded-lg border border-stone-300 px-5 text-base font-semibold hover:bg-stone-100"
        >
          {t.clear}
        </Link>
      </div>
    </form>
  );
}
