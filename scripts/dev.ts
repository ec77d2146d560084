/**
 * `pnpm dev` (and `pnpm start` with --prod): the whole product on one machine with no database server.
 *
 * The root `.env`, if present, is loaded first (variables already set win). DATABASE_URL unset → PGlite (real
 * Postgres in WASM) on disk under .data/pglite, served on 127.0.0.1:54329 over the Postgres wire protocol so
 * both Next.js apps share it. DATABASE_URL set → that server is used. Either way migrations are applied, then:
 * - `pnpm dev` seeds the demo data (accounts with a published password) if the database is empty;
 * - `pnpm start` seeds only the categories, runs the production start-up checks (AUTH_SECRET, senders, the
 *   VietQR account, no demo accounts) and refuses to go on with one line per problem.
 * Then the storefront (:3000), the dashboard (:3001) and the job worker start.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { startupProblems } from "@cho-phien/api/startup";
import { loadRootEnv } from "@cho-phien/config/load-root-env";
import { exitIfProblems } from "@cho-phien/config/startup";
import { createDb } from "@cho-phien/db";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@cho-phien/db/embedded";
import { EMBEDDED_PORT } from "@cho-phien/db/env";
import { migrate } from "@cho-phien/db/migrate";
import { seedDemo, seedReferenceData } from "@cho-phien/db/seed";

const prod = process.argv.includes("--prod");
const root = path.resolve(import.meta.dirname, "..");
const envFile = loadRootEnv(root);
if (envFile) console.log(`[env] loaded ${path.relative(root, envFile)}`);
if (prod) process.env.NODE_ENV = "production";

let embedded: EmbeddedPostgres | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(root, ".data", "pglite"),
    port: EMBEDDED_PORT,
  });
  url = embedded.url;
  console.log(`[db] embedded Postgres (PGlite) from .data/pglite on ${url}`);
} else {
  console.log("[db] using the Postgres server in DATABASE_URL");
}

await migrate(url, (m) => console.log(`[db] ${m}`));
const db = createDb(url, 2);
if (prod) {
  console.log(`[seed] ${await seedReferenceData(db)} categories (production seeds no demo accounts)`);
} else {
  const seeded = await seedDemo(db, { log: (m) => console.log(`[seed] ${m}`), onlyIfEmpty: true });
  if (!seeded) console.log("[seed] demo data already present");
}
await db.$disconnect();
// Settings are checked here too (each app and the worker check again on their own), so `pnpm start` stops
// before a minute of building when AUTH_SECRET is missing.
const problems = await startupProblems({ databaseUrl: url });
if (problems.length) await embedded?.stop();
exitIfProblems(prod ? "start" : "dev", problems);

const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
const run = (args: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn("pnpm", ["exec", "turbo", ...args], { stdio: "inherit", env, cwd: root });
    const stop = () => child.kill("SIGINT");
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    child.on("exit", (code) => resolve(code ?? 0));
  });

if (prod && (await run(["run", "build", "--filter=./apps/*"])) !== 0) process.exit(1);
console.log(
  "\n  Chợ Phiên storefront: http://localhost:3000\n  Seller dashboard:     http://localhost:3001\n",
);
// The API package's dev/start task is the job worker (pg-boss: checkout expiry, notification outbox).
const code = await run([
  "run",
  prod ? "start" : "dev",
  "--filter=./apps/*",
  "--filter=@cho-phien/api",
  "--concurrency=4",
]);
await embedded?.stop();
process.exit(code);
