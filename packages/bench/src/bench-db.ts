import { randomBytes } from "node:crypto";
import { createDb } from "@cho-phien/db";
import { migrate } from "@cho-phien/db/migrate";
import { seedBulk, seedDemo } from "@cho-phien/db/seed";
import pg from "pg";

export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A brand-new database on the server named by `serverUrl`. The named database itself is only used to run
 * CREATE/DROP DATABASE for our own, uniquely named one: its data is never read or written.
 */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `chophien_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: u.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * Migrations, the demo data and `products` bulk listings, then VACUUM ANALYZE: a freshly loaded table has no
 * planner statistics until autovacuum gets to it, and a production catalogue would have them.
 */
export async function prepareBenchDatabase(
  url: string,
  products: number,
  log: (m: string) => void,
): Promise<{ migrateMs: number; seedMs: number; bulkMs: number }> {
  let t = Date.now();
  await migrate(url);
  const migrateMs = Date.now() - t;
  const db = createDb(url, 2);
  try {
    t = Date.now();
    await seedDemo(db);
    const seedMs = Date.now() - t;
    log(`demo data seeded in ${(seedMs / 1000).toFixed(1)} s`);
    t = Date.now();
    const bulk = await seedBulk(db, { products });
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query("VACUUM ANALYZE");
    await c.end();
    const bulkMs = Date.now() - t;
    log(
      `${bulk.products.toLocaleString("en-US")} bulk products seeded + analyzed in ${(bulkMs / 1000).toFixed(1)} s`,
    );
    return { migrateMs, seedMs, bulkMs };
  } finally {
    await db.$disconnect();
  }
}
