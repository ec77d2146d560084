import { readdir } from "node:fs/promises";
import type { Db } from "@cho-phien/db";
import { MIGRATIONS_DIR } from "@cho-phien/db/migrate";
import { Redis } from "ioredis";

export interface HealthReport {
  /** ok: everything answers; down: something this process needs does not (a load balancer takes it out). */
  status: "ok" | "down";
  database: { ok: boolean; ms: number; error?: string };
  /** `skipped` when no REDIS_URL is configured (the embedded default needs none). */
  redis: { ok: boolean; ms: number; error?: string } | "skipped";
  migrations: { applied: string | null; expected: string | null; upToDate: boolean };
}

/** A check must answer quickly even when a dependency hangs: a health probe that times out is no signal. */
const CHECK_TIMEOUT_MS = 2000;

/**
 * What a load balancer, `docker compose` or an operator asks an app or the worker: can it reach Postgres and
 * Redis, and is the database at the migration level this build expects. Never cached, nothing personal.
 */
export async function checkHealth(db: Db, opts: { redisUrl?: string } = {}): Promise<HealthReport> {
  const [database, redis, migrations] = await Promise.all([
    timed(async () => {
      await db.$queryRaw`SELECT 1`;
    }),
    opts.redisUrl ? timed(() => pingRedis(opts.redisUrl as string)) : Promise.resolve("skipped" as const),
    migrationLevel(db),
  ]);
  const ok = database.ok && (redis === "skipped" || redis.ok) && migrations.upToDate;
  return { status: ok ? "ok" : "down", database, redis, migrations };
}

async function timed(check: () => Promise<void>): Promise<{ ok: boolean; ms: number; error?: string }> {
  const started = performance.now();
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), CHECK_TIMEOUT_MS).unref()),
    ]);
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (e) {
    return {
      ok: false,
      ms: Math.round(performance.now() - started),
      error: (e as Error).message.slice(0, 200),
    };
  }
}

// One connection per process for the probe (created on first use), not one per request.
let probe: { url: string; redis: Redis } | undefined;
async function pingRedis(url: string): Promise<void> {
  if (probe?.url !== url) {
    probe?.redis.disconnect();
    probe = {
      url,
      redis: new Redis(url, {
        lazyConnect: true,
        enableOfflineQueue: true,
        maxRetriesPerRequest: 0,
        connectTimeout: 1000,
      }),
    };
    probe.redis.on("error", () => {});
  }
  const pong = await probe.redis.ping();
  if (pong !== "PONG") throw new Error(`unexpected answer ${pong}`);
}

let expectedMigration: Promise<string | null> | undefined;
/** The newest migration folder shipped with this build (read once: the files do not change while running). */
function newestShippedMigration(): Promise<string | null> {
  expectedMigration ??= readdir(MIGRATIONS_DIR, { withFileTypes: true }).then(
    (entries) =>
      entries
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
        .at(-1) ?? null,
  );
  return expectedMigration;
}

async function migrationLevel(db: Db): Promise<HealthReport["migrations"]> {
  const expected = await newestShippedMigration();
  try {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`;
    const applied = rows[0]?.name ?? null;
    return { applied, expected, upToDate: applied !== null && applied === expected };
  } catch {
    return { applied: null, expected, upToDate: false };
  }
}
