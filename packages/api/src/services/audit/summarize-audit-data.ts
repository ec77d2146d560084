/**
 * The few facts of an audit entry a person scanning the log needs: why (reason or note), which listing
 * version, and what changed from what to what. Whatever else the entry holds stays in its full data.
 */
export interface AuditSummary {
  reason?: string;
  version?: number;
  from?: string;
  to?: string;
}

const TEXT_MAX = 200;

function text(v: unknown): string | undefined {
  if (typeof v === "string") return v.length > TEXT_MAX ? `${v.slice(0, TEXT_MAX - 1)}…` : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

export function summarizeAuditData(data: unknown): AuditSummary {
  if (!data || typeof data !== "object" || Array.isArray(data)) return {};
  const d = data as Record<string, unknown>;
  const summary: AuditSummary = {};
  const reason = text(d.reason) ?? text(d.note);
  if (reason) summary.reason = reason;
  if (typeof d.version === "number") summary.version = d.version;
  const from = text(d.from);
  const to = text(d.to);
  if (from !== undefined) summary.from = from;
  if (to !== undefined) summary.to = to;
  return summary;
}
