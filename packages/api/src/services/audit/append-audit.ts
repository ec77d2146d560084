import type { DbTx } from "@cho-phien/db";
import { auditHash } from "./audit-hash";
import { verifyAuditLog } from "./verify-audit-log";

export interface AuditEntry {
  actorId?: string | null;
  actorRole?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/**
 * Appends to the audit log (triggers make the table append-only: UPDATE, DELETE and TRUNCATE are refused).
 * Each entity's entries form a hash chain: every row stores the previous row's hash, and its own hash covers
 * that, who acted and in which role, what, on what, the data and the time — so an edited, reordered or deleted
 * row breaks the chain (verifyAuditLog). Chaining per entity, under a transaction-scoped advisory lock on that
 * entity, keeps concurrent checkouts from contending on one global lock. Call it inside the transaction that
 * makes the change.
 */
export async function appendAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${entry.entityType}:${entry.entityId}`}))`;
  const prev = await tx.auditLog.findFirst({
    where: { entityType: entry.entityType, entityId: entry.entityId },
    orderBy: { id: "desc" },
    select: { hash: true },
  });
  // Hashed as jsonb will give it back: Dates become strings, undefined keys vanish.
  const data = JSON.parse(JSON.stringify(entry.data ?? {})) as Record<string, unknown>;
  const prevHash = prev?.hash ?? null;
  // Set here rather than by the column default, so the hash covers exactly what is stored: a JS Date has
  // millisecond precision, the same as the timestamp(3) column, so it reads back identical.
  const createdAt = new Date();
  const row = {
    actorId: entry.actorId ?? null,
    actorRole: entry.actorRole ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    data,
    createdAt,
  };
  await tx.auditLog.create({
    data: { ...row, data: data as object, prevHash, hash: auditHash(prevHash, row) },
  });
}

/** Whether an entity's chain is intact (see verifyAuditLog for which link broke). */
export async function verifyAuditChain(db: DbTx, entityType: string, entityId: string): Promise<boolean> {
  const [report] = await verifyAuditLog(db, { entities: [{ entityType, entityId }] });
  return report.ok;
}
