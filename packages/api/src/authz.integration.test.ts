import { PERMISSIONS, type Permission, ROLES, type Role, type SessionUser } from "@cho-phien/auth";
import { createDb, type PrismaClient } from "@cho-phien/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCaller } from "./root";
import { contextFor, createUserPerRole } from "./test/auth-fixtures";
import type { Meta } from "./trpc";

/**
 * Who may call what, for EVERY procedure of the app router, including ones added after this file was
 * written: it walks the router instead of listing procedures. Each procedure must declare `meta.access`
 * (the ladder in trpc.ts sets it); then anonymous callers must get UNAUTHORIZED, roles outside the
 * permission FORBIDDEN, and permitted roles must get past the guard (a validation error for the missing
 * input is fine: it proves the guard let them through).
 */

interface ProcedureInfo {
  path: string;
  type: string;
  access: Meta["access"] | undefined;
}

function listProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: string; meta?: Partial<Meta> } }
  >;
  return Object.entries(procedures)
    .map(([path, p]) => ({ path, type: p._def.type, access: p._def.meta?.access }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

function permittedRoles(access: Meta["access"]): readonly Role[] {
  if (access === "public" || access === "authed") return ROLES;
  return PERMISSIONS[access];
}

async function call(db: PrismaClient, user: SessionUser | null, path: string): Promise<unknown> {
  const caller = createCaller(contextFor(db, user));
  const fn = path.split(".").reduce<any>((node, key) => node[key], caller);
  try {
    // No input: a guard must refuse before the input is even looked at.
    await fn(undefined);
    return null;
  } catch (e) {
    return e;
  }
}

const procedures = listProcedures();
const guarded = procedures.filter((p) => p.access && p.access !== "public");
const validAccess = new Set<string>(["public", "authed", ...Object.keys(PERMISSIONS)]);

let db: PrismaClient;
let users: Record<Role, SessionUser>;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 4);
  users = await createUserPerRole(db);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("authorization of every procedure", () => {
  it("finds the procedures of the app router", () => {
    // Guards the walk itself: if tRPC changed where procedures live, everything below would pass vacuously.
    expect(procedures.map((p) => p.path)).toEqual(
      expect.arrayContaining(["account.me", "shops.mine", "listings.mine", "reviews.queue", "users.list"]),
    );
  });

  it.each(procedures)("$path declares who may call it (meta.access)", ({ access }) => {
    expect(
      access,
      "build it from publicProcedure / authedProcedure / permittedProcedure in trpc.ts",
    ).toBeDefined();
    expect(validAccess.has(access!), `unknown access "${access}"`).toBe(true);
  });

  it.each(guarded)("$path ($access) refuses anonymous callers with UNAUTHORIZED", async ({ path }) => {
    const e = await call(db, null, path);
    expect(e, "an anonymous call succeeded").toBeInstanceOf(TRPCError);
    expect((e as TRPCError).code).toBe("UNAUTHORIZED");
  });

  it.each(guarded)(
    "$path ($access) refuses roles without the permission with FORBIDDEN",
    async ({ path, access }) => {
      const allowed = permittedRoles(access!);
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        const e = await call(db, users[role], path);
        expect(e, `${role} was let through`).toBeInstanceOf(TRPCError);
        expect((e as TRPCError).code, `${role} calling ${path}`).toBe("FORBIDDEN");
      }
    },
  );

  it.each(guarded)("$path ($access) lets permitted roles past the guard", async ({ path, access }) => {
    for (const role of permittedRoles(access!)) {
      const e = await call(db, users[role], path);
      if (e instanceof TRPCError) {
        expect(["UNAUTHORIZED", "FORBIDDEN"], `${role} calling ${path}: ${e.message}`).not.toContain(e.code);
      }
    }
  });

  it("maps each permission to roles that exist", () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS) as [Permission, readonly Role[]][]) {
      expect(roles.length, permission).toBeGreaterThan(0);
      for (const r of roles) expect(ROLES).toContain(r);
    }
  });
});
