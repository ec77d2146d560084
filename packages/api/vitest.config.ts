import { defineConfig } from "vitest/config";

// Integration tests get a fresh migrated database (PGlite by default, the Postgres server with DB_TARGET=server);
// see packages/db/src/vitest-global-setup.ts. Generous timeouts: 2 cores, WASM Postgres.
export default defineConfig({
  test: {
    globalSetup: ["@cho-phien/db/vitest-global-setup"],
    setupFiles: ["@cho-phien/db/vitest-setup"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files share one database; run them one after another so truncation in one never hits another.
    fileParallelism: false,
  },
});
