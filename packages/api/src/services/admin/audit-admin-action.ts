import type { DbTx } from "@cho-phien/db";
import type { UserActor } from "../../actor";
import { appendAudit } from "../audit/append-audit";

/**
 * Records one admin action in the audit log: who (the admin), in which role ("admin"), why (the reason they
 * typed) and what changed. Every admin power goes through here, inside the transaction that makes the change,
 * so no admin action exists without its reason in the log.
 */
export async function auditAdminAction(
  tx: DbTx,
  actor: UserActor,
  entry: {
    action: string;
    entityType: "User" | "Shop" | "OcopCertificate";
    entityId: string;
    reason: string;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await appendAudit(tx, {
    actorId: actor.id,
    actorRole: "admin",
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    data: { ...entry.data, reason: entry.reason },
  });
}
