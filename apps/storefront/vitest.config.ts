import { defineConfig } from "vitest/config";

// Pure helpers only (i18n, URL building, search-param parsing); pages are exercised by packages/e2e.
export default defineConfig({
  resolve: { alias: { "~": new URL("./src", import.meta.url).pathname } },
  test: { include: ["src/**/*.test.ts"] },
});
