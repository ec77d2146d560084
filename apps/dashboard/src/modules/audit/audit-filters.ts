import { ZListAuditInput } from "@cho-phien/validators/audit";
import { param, type SearchParams } from "~/server/search-params";

/** The query parameters of /admin/audit (Vietnamese, like the rest of the dashboard's URLs) and the input key each fills. */
export const AUDIT_PARAMS = {
  actor: "nguoi",
  action: "hanh-dong",
  entityType: "loai",
  entityId: "ma",
  from: "tu-ngay",
  to: "den-ngay",
} as const;

export type AuditFilterKey = keyof typeof AUDIT_PARAMS;

/** The filters from the URL, validated; a hand-edited bad value shows its message above the unfiltered log. */
export function readAuditFilters(sp: SearchParams) {
  const raw = Object.fromEntries(
    Object.entries(AUDIT_PARAMS).map(([key, name]) => [key, param(sp, name)]),
  ) as Record<AuditFilterKey, string | undefined>;
  const parsed = ZListAuditInput.safeParse({ ...raw, page: param(sp, "page") });
  return parsed.success
    ? { input: parsed.data, errors: null }
    : { input: ZListAuditInput.parse({}), errors: [...new Set(parsed.error.issues.map((i) => i.message))] };
}

/** The URL parameters for some filters and a page (empty ones left out). */
export function auditQuery(
  filters: Partial<Record<AuditFilterKey, string | undefined>>,
  page = 1,
): Record<string, string | undefined> {
  const q: Record<string, string | undefined> = {};
  for (const [key, name] of Object.entries(AUDIT_PARAMS)) q[name] = filters[key as AuditFilterKey];
  q.page = page > 1 ? String(page) : undefined;
  return q;
}
