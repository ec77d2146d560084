// Used only to author migrations with the Prisma CLI (see README "Authoring a migration" and
// docs/adr/0003-prisma-wasm-engine.md). The adapters returned here come from three packages built against
// different @prisma/driver-adapter-utils versions (6.10 / 6.19 / 7.10), whose types disagree though they work
// together at run time (checked by authoring this repo's migrations with it).
// @ts-nocheck
import path from "node:path";
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "";
const isPg = /^postgres(ql)?:\/\//.test(url);

async function pglite(dataDir?: string) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  return new PGlite(dataDir ?? "memory://", { extensions: { pg_trgm, unaccent } });
}

let mainDb: ReturnType<typeof pglite> | undefined;
async function pgliteFactory(dataDir: string) {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const factory = new PrismaPGlite(null as any);
  // pglite-prisma-adapter 0.6.1: shadow DB lacks extensions and executeScript is not awaited
  const fix = async (db: Awaited<ReturnType<typeof pglite>>) => {
    const adapter = await new PrismaPGlite(db).connect();
    adapter.executeScript = async (script: string) => { try { await db.exec(script); } catch (e) { (adapter as any).onError(e); } };
    const multi = (e: unknown) => String((e as Error)?.message).includes("multiple commands");
    const q = adapter.queryRaw.bind(adapter), x = adapter.executeRaw.bind(adapter);
    adapter.queryRaw = async (qq) => { try { return await q(qq); } catch (e) { if (!multi(e)) throw e; await db.exec(qq.sql); return { columnNames: [], columnTypes: [], rows: [] }; } };
    adapter.executeRaw = async (qq) => { try { return await x(qq); } catch (e) { if (!multi(e)) throw e; await db.exec(qq.sql); return 0; } };
    // close PGlite on dispose, otherwise the CLI process never exits (migrate deploy/diff hang)
    adapter.dispose = async () => { if (!db.closed) await db.close(); if (db === main) mainDb = undefined; };
    return adapter;
  };
  // memoize: Prisma calls adapter() more than once per command; two PGlite instances on one dir corrupt it
  const main = await (mainDb ??= pglite(dataDir));
  factory.connect = async () => fix(main);
  factory.connectToShadowDb = async () => fix(await pglite());
  return factory;
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (isPg) {
      const { PrismaPg } = await import("adapter-pg-7");
      // discrete fields, not connectionString: node-pg lets connectionString override `database`,
      // which breaks connectToShadowDb (it spreads {...config, database: shadow})
      const u = new URL(url);
      const cfg = { host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username),
        password: decodeURIComponent(u.password), database: u.pathname.slice(1) };
      const factory = new PrismaPg(cfg);
      // adapter-pg 7.10.1 drops the shadow DB before closing its pool -> "being accessed by other users"
      factory.connectToShadowDb = async () => {
        const admin = await factory.connect();
        const name = `prisma_shadow_${Date.now()}`;
        await admin.executeScript(`CREATE DATABASE "${name}"`);
        const shadow = await new PrismaPg({ ...cfg, database: name }).connect();
        const dispose = shadow.dispose.bind(shadow);
        shadow.dispose = async () => { await dispose(); await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`); await admin.dispose(); };
        return shadow;
      };
      return factory;
    }
    return pgliteFactory(url.replace(/^file:/, "") || "./.data/pglite-authoring");
  },
});
