#!/usr/bin/env node
// Runs a package's Vitest suite against every database it must work on: the embedded PGlite always, and the
// Postgres server too when TEST_DATABASE_URL or DATABASE_URL names one (CI: 127.0.0.1:5432).
import { spawnSync } from "node:child_process";

const targets = ["pglite"];
if (process.env.TEST_DATABASE_URL || process.env.DATABASE_URL) targets.push("server");
for (const target of targets) {
  console.log(`\n── vitest against ${target} ──`);
  const r = spawnSync("pnpm", ["exec", "vitest", "run", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, DB_TARGET: target },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
