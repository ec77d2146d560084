import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded";
import { migrate } from "./migrate";

export type DbTarget = "pglite" | "server";

export interface TestDatabase {
  url: string;
  target: DbTarget;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test run.
 * - `server`: a new database on the Postgres server named by TEST_DATABASE_URL or DATABASE_URL (CI: 127.0.0.1:5432).
 * - `pglite`: an in-memory PGlite served over the wire protocol, exactly as the apps see it in development.
 */
export async function createTestDatabase(target: DbTarget): Promise<TestDatabase> {
  if (target === "pglite") {
    const embedded = await startEmbeddedPostgres({ dataDir: "memory://" });
    await migrate(embedded.url);
    return { url: embedded.url, target, drop: () => embedded.stop() };
  }
  const adminUrl = serverUrl();
  if (!adminUrl) throw new Error("DB_TARGET=server needs TEST_DATABASE_URL or DATABASE_URL");
  const name = `chophien_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  await migrate(url);
  return {
    url,
    target,
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export function serverUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** Empties every table but the migrations record (a clean state between integration tests). */
export async function truncateAll(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  // The audit log refuses UPDATE, DELETE and TRUNCATE through ordinary triggers; replica mode (superuser only,
  // which the test databases are) skips them for this one reset, so tests still start from empty tables.
  if (rows.length) {
    await c.query("BEGIN");
    await c.query("SET LOCAL session_replication_role = replica");
    await c.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} CASCADE`);
    await c.query("COMMIT");
  }
  await c.end();
}
