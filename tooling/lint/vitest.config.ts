import { defineConfig } from "vitest/config";

// One Biome run over all fixtures (Biome scans the whole repo for its module graph: ~1 s).
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], hookTimeout: 60_000 },
});
