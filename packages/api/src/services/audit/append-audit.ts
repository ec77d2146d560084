import { createHash } from "node:crypto";
import type { DbTx } from "@cho-phien/db";

export interface AuditEntry {
  actorId?: string | null;
  actorRole?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/**
 * Appends to the audit log (a trigger makes the table append-only). Each entity's entries form a hash chain:
 * every row stores the previous row's hash, so an edited or deleted row breaks the chain (verifyAuditChain).
 * Chaining per entity, under a transaction-scoped advisory lock on that entity, keeps concurrent checkouts
 * from contending on one global lock. Call it inside the transaction that makes the change.
 */
export async function appendAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${entry.entityType}:${entry.entityId}`}))`;
  const prev = await tx.auditLog.findFirst({
    where: { entityType: entry.entityType, entityId: entry.entityId },
    orderBy: { id: "desc" },
    select: { hash: true },
  });
  const data = entry.data ?? {};
  const prevHash = prev?.hash ?? null;
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorRole: entry.actorRole ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: data as object,
      prevHash,
      hash: auditHash(prevHash, entry, data),
    },
  });
}

export function auditHash(
  prevHash: string | null,
  e: Pick<AuditEntry, "actorId" | "action" | "entityType" | "entityId">,
  data: unknown,
): string {
  return createHash("sha256")
    .update(canonicalJson([prevHash, e.actorId ?? null, e.action, e.entityType, e.entityId, data]))
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

/** Recomputes an entity's chain; false if any row was altered or removed. */
export async function verifyAuditChain(db: DbTx, entityType: string, entityId: string): Promise<boolean> {
  const rows = await db.auditLog.findMany({ where: { entityType, entityId }, orderBy: { id: "asc" } });
  let prev: string | null = null;
  for (const r of rows) {
    if (r.prevHash !== prev) return false;
    const expected = auditHash(prev, r, r.data);
    if (expected !== r.hash) return false;
    prev = r.hash;
  }
  return true;
}
