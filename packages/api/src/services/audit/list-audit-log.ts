import type { DbTx, Prisma } from "@cho-phien/db";
import type { TListAuditQuery } from "@cho-phien/validators/audit";
import { normalizeVnPhone } from "@cho-phien/validators/phone";
import { vietnamDayEnd, vietnamDayStart } from "@cho-phien/validators/vietnam-day";
import { type AuditSummary, summarizeAuditData } from "./summarize-audit-data";

export const AUDIT_PAGE_SIZE = 30;

export interface AuditLogRow {
  /** The row's id as text (a bigint in the database). */
  id: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: AuditSummary;
  data: unknown;
}

export interface AuditLogPage {
  items: AuditLogRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** The filters as a Prisma where: exact action and entity, a day range in Vietnam time, and who acted. */
function auditWhere(input: TListAuditQuery): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (input.action) where.action = input.action;
  if (input.entityType) where.entityType = input.entityType;
  if (input.entityId) where.entityId = input.entityId;
  if (input.from || input.to) {
    where.createdAt = {
      ...(input.from ? { gte: vietnamDayStart(input.from) } : {}),
      // "to" is inclusive: the whole of that day.
      ...(input.to ? { lte: vietnamDayEnd(input.to) } : {}),
    };
  }
  if (input.actor) {
    const phone = normalizeVnPhone(input.actor);
    where.OR = [
      { actorId: input.actor },
      { actor: { name: { contains: input.actor, mode: "insensitive" } } },
      ...(phone ? [{ actor: { phoneNumber: phone } }] : []),
    ];
  }
  return where;
}

/** The audit log, newest first, one page at a time, with who acted and a short summary of each entry. */
export async function listAuditLog(db: DbTx, input: TListAuditQuery): Promise<AuditLogPage> {
  const where = auditWhere(input);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (input.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { name: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      createdAt: r.createdAt,
      actorId: r.actorId,
      actorName: r.actor?.name ?? null,
      actorRole: r.actorRole,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      summary: summarizeAuditData(r.data),
      data: r.data,
    })),
    total,
    page: input.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}
