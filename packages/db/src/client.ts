import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };
export type Db = PrismaClient;
/** A client or the `tx` handed to an interactive transaction: services accept either. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * One code path for every database: the pg driver adapter, pointed at a Postgres server or at the
 * embedded PGlite that `pglite-server` exposes over the wire protocol.
 */
export function createDb(
  url = databaseUrl(),
  poolSize = Number(process.env.DB_POOL_SIZE ?? 10),
): PrismaClient {
  const u = new URL(url);
  const adapter = new PrismaPg({
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1) || "postgres",
    max: poolSize,
    ssl: u.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
  });
  return new PrismaClient({ adapter });
}

// Next.js dev reloads modules; keep one client per process so connections are not leaked.
const globalForDb = globalThis as unknown as { chophienDb?: PrismaClient };

/** The process-wide client (lazy). */
export function getDb(): PrismaClient {
  globalForDb.chophienDb ??= createDb();
  return globalForDb.chophienDb;
}
