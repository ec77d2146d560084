import { randomUUID } from "node:crypto";
import { createDb, type PrismaClient } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";
import { appendAudit, verifyAuditChain } from "./append-audit";
import { auditHash } from "./audit-hash";
import { verifyAuditLog } from "./verify-audit-log";

/**
 * The audit log is provable: the database refuses to change or remove its rows (UPDATE, DELETE, TRUNCATE),
 * and each entity's hash chain exposes a row edited or removed behind the triggers' back — by a superuser in
 * replica mode, as these tests do — naming the first broken link.
 */

let db: PrismaClient;
let actorId: string;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 2);
  actorId = (await createTestUser(db, { role: "seller", name: "Lò Văn Páo" })).id;
});
afterAll(async () => {
  await db.$disconnect();
});

/** A fresh entity with `n` audit entries, oldest first. */
async function chain(n: number, entityType = "Product") {
  const entityId = `audit-${randomUUID()}`;
  for (let i = 1; i <= n; i++) {
    await db.$transaction((tx) =>
      appendAudit(tx, {
        actorId,
        actorRole: "owner",
        action: "listing.updated",
        entityType,
        entityId,
        data: { version: i, note: `lần ${i}`, skipped: undefined },
      }),
    );
  }
  const rows = await db.auditLog.findMany({ where: { entityType, entityId }, orderBy: { id: "asc" } });
  return { entityType, entityId, rows };
}

/** What a superuser could do behind the triggers' back: replica mode skips them, for this transaction only. */
async function tamper(sql: string) {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    await tx.$executeRawUnsafe(sql);
  });
}

describe("the audit log's hash chain", () => {
  it("verifies an untouched chain, and each hash covers the role and the stored time", async () => {
    const c = await chain(3);
    expect(await verifyAuditLog(db, { entities: [c] })).toEqual([
      { entityType: c.entityType, entityId: c.entityId, rows: 3, ok: true },
    ]);
    expect(await verifyAuditChain(db, c.entityType, c.entityId)).toBe(true);
    const [first, second] = c.rows;
    expect(first.prevHash).toBeNull();
    expect(second.prevHash).toBe(first.hash);
    // The stored time is the hashed time: millisecond precision survives the timestamp(3) column.
    expect(auditHash(first.prevHash, first)).toBe(first.hash);
    // Undefined keys are dropped before hashing, as jsonb drops them.
    expect(first.data).toEqual({ version: 1, note: "lần 1" });
    expect(auditHash(first.prevHash, { ...first, actorRole: "admin" })).not.toBe(first.hash);
    expect(
      auditHash(first.prevHash, { ...first, createdAt: new Date(first.createdAt.getTime() + 1) }),
    ).not.toBe(first.hash);
  });

  it("refuses UPDATE, DELETE and TRUNCATE of the audit log in the database itself", async () => {
    const c = await chain(1);
    const id = c.rows[0].id;
    await expect(
      db.$executeRawUnsafe(`UPDATE "AuditLog" SET action = 'listing.approved' WHERE id = ${id}`),
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE id = ${id}`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { id } })).rejects.toThrow();
    expect(await db.auditLog.findUniqueOrThrow({ where: { id } })).toMatchObject({
      action: "listing.updated",
      hash: c.rows[0].hash,
    });
    expect(await db.auditLog.count()).toBeGreaterThan(0);
  });

  it("names the first edited row, and leaves other entities' chains intact", async () => {
    const edited = await chain(3);
    const untouched = await chain(2);
    const middle = edited.rows[1];
    await tamper(`UPDATE "AuditLog" SET data = '{"version": 2, "note": "đã sửa"}' WHERE id = ${middle.id}`);
    expect(await verifyAuditLog(db, { entities: [edited, untouched] })).toEqual([
      {
        entityType: edited.entityType,
        entityId: edited.entityId,
        rows: 3,
        ok: false,
        brokenAt: { id: String(middle.id), why: "hash_mismatch" },
      },
      { entityType: untouched.entityType, entityId: untouched.entityId, rows: 2, ok: true },
    ]);
    expect(await verifyAuditChain(db, edited.entityType, edited.entityId)).toBe(false);
  });

  it("shows a deleted row as the next row no longer following its predecessor", async () => {
    const c = await chain(3);
    await tamper(`DELETE FROM "AuditLog" WHERE id = ${c.rows[1].id}`);
    const [report] = await verifyAuditLog(db, { entities: [c] });
    expect(report).toMatchObject({
      ok: false,
      rows: 2,
      brokenAt: { id: String(c.rows[2].id), why: "prev_hash_mismatch" },
    });

    const headless = await chain(2);
    await tamper(`DELETE FROM "AuditLog" WHERE id = ${headless.rows[0].id}`);
    expect((await verifyAuditLog(db, { entities: [headless] }))[0]).toMatchObject({
      ok: false,
      brokenAt: { id: String(headless.rows[1].id), why: "prev_hash_mismatch" },
    });
  });

  it("breaks the hash when someone changes who acted in which role, or when", async () => {
    const role = await chain(2);
    await tamper(`UPDATE "AuditLog" SET "actorRole" = 'admin' WHERE id = ${role.rows[0].id}`);
    expect((await verifyAuditLog(db, { entities: [role] }))[0]).toMatchObject({
      ok: false,
      brokenAt: { id: String(role.rows[0].id), why: "hash_mismatch" },
    });

    const time = await chain(2);
    await tamper(
      `UPDATE "AuditLog" SET "createdAt" = "createdAt" - interval '1 day' WHERE id = ${time.rows[1].id}`,
    );
    expect((await verifyAuditLog(db, { entities: [time] }))[0]).toMatchObject({
      ok: false,
      brokenAt: { id: String(time.rows[1].id), why: "hash_mismatch" },
    });
  });

  it("reports an entity without entries as an empty, intact chain", async () => {
    expect(await verifyAuditLog(db, { entities: [{ entityType: "Shop", entityId: "khong-co" }] })).toEqual([
      { entityType: "Shop", entityId: "khong-co", rows: 0, ok: true },
    ]);
  });
});

describe("audit.list and audit.verify (admin)", () => {
  it("lists newest first with the actor's name and a summary, filtered, and verifies the chains shown", async () => {
    const admin = await createTestUser(db, { role: "admin" });
    const api = createCaller(contextFor(db, admin));
    const c = await chain(3, "Shop");
    await tamper(`UPDATE "AuditLog" SET data = '{"version": 9}' WHERE id = ${c.rows[2].id}`);

    const page = await api.audit.list({ entityType: "Shop", entityId: c.entityId });
    expect(page.total).toBe(3);
    expect(page.items.map((r) => r.id)).toEqual(c.rows.map((r) => String(r.id)).reverse());
    expect(page.items[2]).toMatchObject({
      actorName: "Lò Văn Páo",
      actorRole: "owner",
      action: "listing.updated",
      summary: { reason: "lần 1", version: 1 },
    });

    const byActor = await api.audit.list({ actor: "lò văn páo", entityId: c.entityId });
    expect(byActor.total).toBe(3);
    expect((await api.audit.list({ actor: "Người khác", entityId: c.entityId })).total).toBe(0);
    expect((await api.audit.list({ action: "listing.created", entityId: c.entityId })).total).toBe(0);

    // Days are Vietnam days: the entries were written today there.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
    expect((await api.audit.list({ entityId: c.entityId, from: today, to: today })).total).toBe(3);
    expect((await api.audit.list({ entityId: c.entityId, to: "2020-01-01" })).total).toBe(0);

    const [report] = await api.audit.verify({ entities: [{ entityType: "Shop", entityId: c.entityId }] });
    expect(report).toMatchObject({ ok: false, brokenAt: { id: String(c.rows[2].id), why: "hash_mismatch" } });
  });

  it("refuses bad filters with a Vietnamese message", async () => {
    const api = createCaller(contextFor(db, await createTestUser(db, { role: "admin" })));
    await expect(api.audit.list({ from: "2026-02-30" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Từ ngày không hợp lệ"),
    });
    await expect(api.audit.list({ from: "2026-03-02", to: "2026-03-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Từ ngày phải trước"),
    });
    await expect(api.audit.verify({ entities: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
