import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { keepProtocolExchangesTogether } from "./pglite-wire-queue";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (real Postgres in WASM) on `dataDir` and serves it over the Postgres wire protocol, so both
 * Next.js apps (separate processes) reach one database through the same pg driver they use for a server.
 * `dataDir` = "memory://" gives a throwaway database (tests).
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  if (!opts.dataDir.startsWith("memory://")) await mkdir(opts.dataDir, { recursive: true });
  const db = await PGlite.create(opts.dataDir, { extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({
    db,
    port: opts.port ?? 0,
    host: "127.0.0.1",
    maxConnections: opts.maxConnections ?? 100,
  });
  keepProtocolExchangesTogether(server);
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
