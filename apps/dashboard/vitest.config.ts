import { defineConfig } from "vitest/config";

// Pure helpers only (URL parsing, outcomes, who may enter which area); pages are exercised by packages/e2e.
export default defineConfig({
  resolve: { alias: { "~": new URL("./src", import.meta.url).pathname } },
  test: { include: ["src/**/*.test.ts"] },
});
