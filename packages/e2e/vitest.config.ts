import { defineConfig } from "vitest/config";

// Browser tests against production builds of both apps (see src/harness.ts). One stack per run, started in
// globalSetup; files run one after another because 2 shared cores cannot take parallel Chromium pages
// against two Next.js servers without flaky timeouts.
export default defineConfig({
  test: {
    include: ["src/**/*.e2e.test.ts"],
    globalSetup: ["./src/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
