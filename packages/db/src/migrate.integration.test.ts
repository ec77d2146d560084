import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "./embedded";
import { MigrationError, migrate, PRISMA_MIGRATE_LOCK_KEY } from "./migrate";

// The migrator's refusals, on its own throw-away migrations folder and an in-memory PGlite.
describe("migrate", () => {
  let e: EmbeddedPostgres;
  let dir: string;

  const write = async (name: string, sql: string) => {
    await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  };
  const query = async (sql: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: e.url });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows;
    } finally {
      await c.end();
    }
  };

  beforeEach(async () => {
    e = await startEmbeddedPostgres({ dataDir: "memory://" });
    dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  });
  afterEach(async () => {
    await e.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("applies new migrations once, in order, and records them as prisma migrate deploy does", async () => {
    await write("001_a", "CREATE TABLE a (id int);");
    await write("002_b", "CREATE TABLE b (id int);");
    expect(await migrate(e.url, { dir })).toEqual(["001_a", "002_b"]);
    expect(await migrate(e.url, { dir })).toEqual([]);
    const rows = await query(`SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY 1`);
    expect(rows.map((r) => r.migration_name)).toEqual(["001_a", "002_b"]);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("rolls a failed migration back, records it, and refuses to go on until someone resolves it", async () => {
    await write("001_a", "CREATE TABLE a (id int);");
    await write("002_bad", "CREATE TABLE half (id int); SELECT no_such_function();");
    await expect(migrate(e.url, { dir })).rejects.toThrow(/migration 002_bad failed/);
    // Nothing of the failed migration stayed behind.
    expect(await query(`SELECT to_regclass('half') AS t`)).toEqual([{ t: null }]);
    // Fixing the file is not enough: the failed row stops every later run, as with prisma migrate deploy.
    await write("002_bad", "CREATE TABLE half (id int);");
    await expect(migrate(e.url, { dir })).rejects.toThrow(MigrationError);
    await expect(migrate(e.url, { dir })).rejects.toThrow(/002_bad failed earlier/);
    await query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE finished_at IS NULL`);
    expect(await migrate(e.url, { dir })).toEqual(["002_bad"]);
  });

  it("refuses when an applied migration's file was edited afterwards", async () => {
    await write("001_a", "CREATE TABLE a (id int);");
    await migrate(e.url, { dir });
    await write("001_a", "CREATE TABLE a (id bigint);");
    await write("002_b", "CREATE TABLE b (id int);");
    await expect(migrate(e.url, { dir })).rejects.toThrow(/001_a was changed after it was applied/);
    expect(await query(`SELECT to_regclass('b') AS t`)).toEqual([{ t: null }]);
  });

  // PGlite is one backend behind the socket, so advisory locks only exclude across a real server's sessions.
  it.runIf(inject("dbTarget") === "server")(
    "waits for Prisma's own migrate lock (Postgres server)",
    async () => {
      await write("001_a", "CREATE TABLE a (id int);");
      const db = await scratchDatabase(process.env.DATABASE_URL!);
      const holder = new pg.Client({ connectionString: db.url });
      try {
        await holder.connect();
        await holder.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
        let finished = false;
        const run = migrate(db.url, { dir }).then((applied) => {
          finished = true;
          return applied;
        });
        await new Promise((r) => setTimeout(r, 500));
        expect(finished).toBe(false);
        await holder.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
        expect(await run).toEqual(["001_a"]);
      } finally {
        await holder.end();
        await db.drop();
      }
    },
  );
});

/** An empty database beside the run's own one on the same server, dropped afterwards. */
async function scratchDatabase(serverDbUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `migrate_lock_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverDbUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(serverDbUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverDbUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
