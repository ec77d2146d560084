import { createDb, type PrismaClient } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";
import { USERS_PAGE_SIZE } from "./list-users";

/** users.list: paginated, searchable by name (tone-insensitive) or part of a phone number. */

let db: PrismaClient;
let caller: ReturnType<typeof createCaller>;
const uid = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 4);
  const admin = await createTestUser(db, { role: "admin" });
  caller = createCaller(contextFor(db, admin));
  await createTestUser(db, { role: "seller", name: `Nguyễn Thị Đào ${uid}`, phoneNumber: "+84387123456" });
  await createTestUser(db, { role: "buyer", name: `Trần Văn Hùng ${uid}`, phoneNumber: "+84912000111" });
  await createTestUser(db, { role: "reviewer", name: `Lý 100%_${uid}` });
  for (let i = 0; i < USERS_PAGE_SIZE + 2; i++) await createTestUser(db, { name: `Khách ${uid} ${i}` });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("users.list", () => {
  it("pages through users, newest first, with role", async () => {
    const first = await caller.users.list({ page: 1 });
    const second = await caller.users.list({ page: 2 });
    expect(first.items).toHaveLength(USERS_PAGE_SIZE);
    expect(first.total).toBeGreaterThanOrEqual(USERS_PAGE_SIZE + 6);
    expect(first.items[0].createdAt.getTime()).toBeGreaterThanOrEqual(
      first.items.at(-1)!.createdAt.getTime(),
    );
    expect(new Set([...first.items, ...second.items].map((u) => u.id)).size).toBe(
      first.items.length + second.items.length,
    );
    expect(first.items[0]).toHaveProperty("role");
  });

  it("finds a name without tones, and by phone typed the local way", async () => {
    const byName = await caller.users.list({ q: `nguyen thi dao ${uid}` });
    expect(byName.items.map((u) => [u.name, u.role])).toEqual([[`Nguyễn Thị Đào ${uid}`, "seller"]]);
    const byPhone = await caller.users.list({ q: "0387 123" });
    expect(byPhone.items.map((u) => u.phoneNumber)).toContain("+84387123456");
    const byTail = await caller.users.list({ q: "000 111" });
    expect(byTail.items.map((u) => u.phoneNumber)).toContain("+84912000111");
  });

  it("treats % and _ in the search as text, not wildcards", async () => {
    const res = await caller.users.list({ q: `100%_${uid}` });
    expect(res.items.map((u) => u.name)).toEqual([`Lý 100%_${uid}`]);
    expect((await caller.users.list({ q: "%" })).items.every((u) => u.name.includes("%"))).toBe(true);
  });

  it("refuses an overlong query with a Vietnamese message", async () => {
    await expect(caller.users.list({ q: "x".repeat(101) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("tối đa 100 ký tự"),
    });
  });
});
