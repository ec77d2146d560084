import { randomBytes } from "node:crypto";
import { getAuth, type SessionUser } from "@cho-phien/auth";
import { callAuth, captureOtps } from "@cho-phien/auth/test/auth-http";
import { createDb, type PrismaClient } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";
import { createContext } from "../../trpc";
import { verifyAuditChain } from "../audit/append-audit";

/**
 * Admin powers over accounts: role changes, bans, reviewer provinces. Each needs a reason, is audited with the
 * admin, role "admin" and the reason in the same transaction, and changes nothing when repeated.
 */

let db: PrismaClient;
let admin: SessionUser;
let api: ReturnType<typeof createCaller>;
const REASON = "Theo đề nghị của UBND xã, xác minh ngày 01/12";

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 4);
  admin = await createTestUser(db, { role: "admin", name: "Quản trị Hà" });
  api = createCaller(contextFor(db, admin));
});
afterAll(async () => {
  await db.$disconnect();
});

const userAudit = (userId: string) =>
  db.auditLog.findMany({ where: { entityType: "User", entityId: userId }, orderBy: { id: "asc" } });
const reload = (id: string) => db.user.findUniqueOrThrow({ where: { id } });

describe("admin.changeRole", () => {
  it("gives a user another role, audited with the admin, role admin and the reason", async () => {
    const u = await createTestUser(db, { role: "buyer" });
    expect(await api.admin.changeRole({ userId: u.id, role: "seller", reason: `  ${REASON}  ` })).toEqual({
      userId: u.id,
      role: "seller",
      changed: true,
    });
    expect((await reload(u.id)).role).toBe("seller");
    const [entry] = await userAudit(u.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorRole: "admin",
      action: "user.role_changed",
      data: { from: "buyer", to: "seller", reason: REASON },
    });
    // The same form again: nothing changes, nothing more is logged.
    expect((await api.admin.changeRole({ userId: u.id, role: "seller", reason: REASON })).changed).toBe(
      false,
    );
    expect(await userAudit(u.id)).toHaveLength(1);
  });

  it("refuses without a reason, or with one too short, in Vietnamese, and changes nothing", async () => {
    const u = await createTestUser(db, { role: "buyer" });
    await expect(api.admin.changeRole({ userId: u.id, role: "admin" } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Vui lòng nhập lý do"),
    });
    await expect(
      api.admin.changeRole({ userId: u.id, role: "admin", reason: "  vi phạm " }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Lý do cần ít nhất 10 ký tự"),
    });
    expect((await reload(u.id)).role).toBe("buyer");
    expect(await userAudit(u.id)).toHaveLength(0);
  });

  it("will not let an admin demote themself", async () => {
    const err = api.admin.changeRole({ userId: admin.id, role: "buyer", reason: REASON });
    await expect(err).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("không thể tự bỏ quyền quản trị"),
    });
    expect((await reload(admin.id)).role).toBe("admin");
  });

  it("takes a demoted reviewer's provinces away with the role", async () => {
    const reviewer = await createTestUser(db, { role: "reviewer" });
    await api.admin.setReviewerProvinces({
      userId: reviewer.id,
      provinceCodes: ["14", "15"],
      reason: REASON,
    });
    await api.admin.changeRole({ userId: reviewer.id, role: "buyer", reason: REASON });
    expect(await db.reviewerProvince.count({ where: { userId: reviewer.id } })).toBe(0);
    expect((await userAudit(reviewer.id)).at(-1)?.data).toMatchObject({ provincesCleared: ["14", "15"] });
  });

  it("answers NOT_FOUND for an unknown user", async () => {
    await expect(
      api.admin.changeRole({ userId: "khong-ton-tai", role: "seller", reason: REASON }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("admin.setReviewerProvinces", () => {
  it("assigns and unassigns a reviewer's provinces as a whole set, recording what changed", async () => {
    const reviewer = await createTestUser(db, { role: "reviewer" });
    const first = await api.admin.setReviewerProvinces({
      userId: reviewer.id,
      provinceCodes: ["15", "14", "14"],
      reason: REASON,
    });
    expect(first).toMatchObject({ provinceCodes: ["14", "15"], added: ["14", "15"], removed: [] });
    const second = await api.admin.setReviewerProvinces({
      userId: reviewer.id,
      provinceCodes: ["15", "11"],
      reason: REASON,
    });
    expect(second).toMatchObject({ added: ["11"], removed: ["14"] });
    const rows = await db.reviewerProvince.findMany({
      where: { userId: reviewer.id },
      orderBy: { provinceCode: "asc" },
    });
    expect(rows.map((r) => [r.provinceCode, r.assignedById])).toEqual([
      ["11", admin.id],
      ["15", admin.id],
    ]);
    const audit = await userAudit(reviewer.id);
    expect(audit.map((a) => [a.action, a.actorRole, (a.data as { reason: string }).reason])).toEqual([
      ["reviewer.provinces_set", "admin", REASON],
      ["reviewer.provinces_set", "admin", REASON],
    ]);
    expect(audit[1].data).toMatchObject({ added: ["11"], removed: ["14"], provinces: ["11", "15"] });
    // Resubmitting the same set is a no-op.
    await api.admin.setReviewerProvinces({
      userId: reviewer.id,
      provinceCodes: ["11", "15"],
      reason: REASON,
    });
    expect(await userAudit(reviewer.id)).toHaveLength(2);
    // An empty set unassigns everything.
    await api.admin.setReviewerProvinces({ userId: reviewer.id, provinceCodes: [], reason: REASON });
    expect(await db.reviewerProvince.count({ where: { userId: reviewer.id } })).toBe(0);

    const listed = await api.admin.reviewers({});
    expect(listed.items.find((r) => r.id === reviewer.id)?.provinceCodes).toEqual([]);
  });

  it("only gives provinces to reviewers, and only real province codes", async () => {
    const seller = await createTestUser(db, { role: "seller" });
    await expect(
      api.admin.setReviewerProvinces({ userId: seller.id, provinceCodes: ["14"], reason: REASON }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("cán bộ duyệt OCOP") });
    const reviewer = await createTestUser(db, { role: "reviewer" });
    await expect(
      api.admin.setReviewerProvinces({ userId: reviewer.id, provinceCodes: ["99"], reason: REASON }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Tỉnh/thành không hợp lệ"),
    });
    await expect(
      api.admin.setReviewerProvinces({ userId: reviewer.id, provinceCodes: ["14"], reason: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("lý do") });
    expect(await db.reviewerProvince.count({ where: { userId: { in: [seller.id, reviewer.id] } } })).toBe(0);
  });
});

describe("admin.banUser / admin.unbanUser", () => {
  const codes = captureOtps();

  /** A real sign-in by phone and one-time code, as the sign-in page does it: the session cookie. */
  async function signIn(): Promise<{ cookie: string; userId: string }> {
    // 098: an allocated prefix throughout (the phone validator refuses unallocated blocks such as 0992x).
    const phone = `098${String(randomBytes(4).readUInt32BE(0) % 10_000_000).padStart(7, "0")}`;
    const ip = `198.51.100.${randomBytes(1)[0]}`;
    expect((await callAuth(getAuth(), "/phone-number/send-otp", { phoneNumber: phone }, { ip })).status).toBe(
      200,
    );
    const e164 = `+84${phone.slice(1)}`;
    const verified = await callAuth(
      getAuth(),
      "/phone-number/verify",
      { phoneNumber: phone, code: codes.get(e164) },
      { ip },
    );
    expect(verified.status).toBe(200);
    const user = await db.user.findUniqueOrThrow({ where: { phoneNumber: e164 } });
    return { cookie: verified.cookie, userId: user.id };
  }

  it("bans a user: their signed-in session stops working at once, and the ban is audited", async () => {
    const { cookie, userId } = await signIn();
    const headers = new Headers({ cookie });
    expect((await createContext({ headers })).user?.id).toBe(userId);

    const res = await api.admin.banUser({ userId, reason: REASON });
    expect(res).toMatchObject({ userId, changed: true });
    expect(res.sessionsRevoked).toBeGreaterThanOrEqual(1);
    expect((await reload(userId)).banned).toBe(true);
    expect(await db.session.count({ where: { userId } })).toBe(0);
    expect((await createContext({ headers })).user).toBeNull();
    expect(await userAudit(userId)).toMatchObject([
      {
        actorId: admin.id,
        actorRole: "admin",
        action: "user.banned",
        data: { reason: REASON, sessionsRevoked: res.sessionsRevoked },
      },
    ]);
    // Banning again changes nothing.
    expect((await api.admin.banUser({ userId, reason: REASON })).changed).toBe(false);

    expect(await api.admin.unbanUser({ userId, reason: "Đã xác minh lại, mở khoá tài khoản" })).toEqual({
      userId,
      changed: true,
    });
    expect((await reload(userId)).banned).toBe(false);
    // The old session stays revoked; the user signs in again.
    expect((await createContext({ headers })).user).toBeNull();
    const audit = await userAudit(userId);
    expect(audit.map((a) => a.action)).toEqual(["user.banned", "user.unbanned"]);
    expect(audit[1].data).toEqual({ reason: "Đã xác minh lại, mở khoá tài khoản" });
    expect(await verifyAuditChain(db, "User", userId)).toBe(true);
  });

  it("refuses a ban without a reason, and an admin banning themself", async () => {
    const u = await createTestUser(db);
    await expect(api.admin.banUser({ userId: u.id, reason: "ngắn" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("ít nhất 10 ký tự"),
    });
    await expect(api.admin.banUser({ userId: admin.id, reason: REASON })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("không thể tự khoá"),
    });
    expect((await reload(u.id)).banned).toBe(false);
    expect((await reload(admin.id)).banned).toBe(false);
    await expect(api.admin.unbanUser({ userId: u.id } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
