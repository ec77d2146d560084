import type { DbTx } from "@cho-phien/db";
import { auditHash } from "./audit-hash";

export interface AuditEntityRef {
  entityType: string;
  entityId: string;
}

/**
 * Why a link is broken. `prev_hash_mismatch`: the row does not follow the row before it (a row was deleted,
 * inserted or the first row is missing). `hash_mismatch`: the row's content no longer matches its hash (it was
 * edited after it was written).
 */
export type AuditBreak = "prev_hash_mismatch" | "hash_mismatch";

export type AuditChainReport = AuditEntityRef & { rows: number } & (
    | { ok: true }
    | { ok: false; brokenAt: { id: string; why: AuditBreak } }
  );

/**
 * Walks each entity's chain from its first row and reports it intact or names the first broken link. Only
 * what the chain itself can prove: deleting the newest rows of a chain leaves a shorter chain that still
 * verifies (the database triggers, not the hashes, stop that). Read-only; the rows of all the entities come in
 * one query.
 */
export async function verifyAuditLog(
  db: DbTx,
  filter: { entities: readonly AuditEntityRef[] },
): Promise<AuditChainReport[]> {
  const entities = uniqueEntities(filter.entities);
  if (entities.length === 0) return [];
  const rows = await db.auditLog.findMany({
    where: { OR: entities.map((e) => ({ entityType: e.entityType, entityId: e.entityId })) },
    orderBy: { id: "asc" },
  });
  const byEntity = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = entityKey(r);
    const chain = byEntity.get(key);
    if (chain) chain.push(r);
    else byEntity.set(key, [r]);
  }
  return entities.map((e) => {
    const chain = byEntity.get(entityKey(e)) ?? [];
    let prev: string | null = null;
    for (const r of chain) {
      const why: AuditBreak | null =
        r.prevHash !== prev ? "prev_hash_mismatch" : auditHash(prev, r) !== r.hash ? "hash_mismatch" : null;
      if (why) return { ...e, rows: chain.length, ok: false, brokenAt: { id: String(r.id), why } };
      prev = r.hash;
    }
    return { ...e, rows: chain.length, ok: true };
  });
}

const entityKey = (e: AuditEntityRef) => `${e.entityType}\u0000${e.entityId}`;

function uniqueEntities(list: readonly AuditEntityRef[]): AuditEntityRef[] {
  const seen = new Map<string, AuditEntityRef>();
  for (const e of list) seen.set(entityKey(e), { entityType: e.entityType, entityId: e.entityId });
  return [...seen.values()];
}
