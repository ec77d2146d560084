import { ZListAuditInput, ZVerifyAuditInput } from "@cho-phien/validators/audit";
import { listAuditLog } from "../services/audit/list-audit-log";
import { verifyAuditLog } from "../services/audit/verify-audit-log";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** The append-only, hash-chained audit log, as admins browse and check it. */
export const auditRouter = createTRPCRouter({
  /** Entries newest first, filtered by actor, action, entity and days (Vietnam time). */
  list: adminProcedure.input(ZListAuditInput).query(({ ctx, input }) => listAuditLog(ctx.db, input)),

  /** Recomputes the hash chains of some entities: each intact, or the first broken link and why. */
  verify: adminProcedure.input(ZVerifyAuditInput).query(({ ctx, input }) => verifyAuditLog(ctx.db, input)),
});
