import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const MIGRATIONS_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "prisma",
  "migrations",
);

/** The advisory-lock key `prisma migrate deploy` takes, so our migrator and Prisma's never run at once. */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;

export interface MigrateOptions {
  log?: (m: string) => void;
  /** Only for tests of the migrator itself. */
  dir?: string;
}

/** Refusal to migrate: a failed or edited migration needs a person, not a retry. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

/**
 * Applies the committed Prisma migrations in order and records them in `_prisma_migrations` exactly as
 * `prisma migrate deploy` does (same table, sha256 checksums, same lock), so either tool can take over later.
 * We apply them ourselves because Prisma's CLI needs a native engine this network cannot download (see
 * docs/adr/0003-prisma-wasm-engine.md). Like `migrate deploy` it refuses to go on when:
 * - a migration failed earlier (a row with neither finished_at nor rolled_back_at): the database may be
 *   half-changed by hand since; someone must look, fix it, and mark the row rolled back;
 * - an applied migration's file was edited since (checksum differs): the databases would silently diverge.
 * A failed migration rolls back (each runs in its own transaction) and leaves such a failed row behind.
 */
export async function migrate(
  url: string,
  opts: MigrateOptions | ((m: string) => void) = {},
): Promise<string[]> {
  const { log = () => {}, dir = MIGRATIONS_DIR } = typeof opts === "function" ? { log: opts } : opts;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`);
    const failed = rows.find((r) => r.finished_at === null);
    if (failed) {
      throw new MigrationError(
        `migration ${failed.migration_name} failed earlier; fix the database, then mark it rolled back ` +
          `(UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}' ` +
          "AND finished_at IS NULL) before migrating again",
      );
    }
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const files = new Map<string, { sql: string; checksum: string }>();
    for (const name of names) {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      files.set(name, { sql, checksum: createHash("sha256").update(sql).digest("hex") });
    }
    for (const [name, checksum] of done) {
      const file = files.get(name);
      if (file && file.checksum !== checksum) {
        throw new MigrationError(
          `migration ${name} was changed after it was applied (checksum differs); refusing`,
        );
      }
    }
    for (const name of names) {
      if (done.has(name)) continue;
      const { sql, checksum } = files.get(name)!;
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        const message = (e as Error).message;
        // Recorded outside the rolled-back transaction, so the next start refuses instead of retrying blindly.
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, applied_steps_count)
           VALUES ($1, $2, $3, $4, 0)`,
          [randomUUID(), checksum, name, message],
        );
        throw new MigrationError(`migration ${name} failed: ${message}`);
      }
      applied.push(name);
      log(`applied migration ${name}`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return applied;
}
