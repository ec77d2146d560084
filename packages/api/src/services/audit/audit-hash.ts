import { createHash } from "node:crypto";

/** The fields of a row its hash covers (besides the previous row's hash). */
export interface HashedAuditFields {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
  createdAt: Date;
}

export function auditHash(prevHash: string | null, r: HashedAuditFields): string {
  return createHash("sha256")
    .update(
      canonicalJson([
        prevHash,
        r.actorId ?? null,
        r.actorRole ?? null,
        r.action,
        r.entityType,
        r.entityId,
        r.data,
        r.createdAt.toISOString(),
      ]),
    )
    .digest("hex");
}

/** JSON with object keys sorted: jsonb does not keep key order, and the hash must survive a round trip. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}
