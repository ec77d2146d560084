import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  // A second build (benchmarks, a check while `next start` serves .next) can write elsewhere instead of
  // replacing the files under a running server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Workspace packages ship TypeScript source.
  transpilePackages: [
    "@cho-phien/api",
    "@cho-phien/auth",
    "@cho-phien/config",
    "@cho-phien/db",
    "@cho-phien/messaging",
    "@cho-phien/ui",
    "@cho-phien/validators",
  ],
  // Native-ish database drivers stay plain Node requires on the server instead of being bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  // Metadata (title, Open Graph) is always in <head> before the body streams: Zalo's and Facebook's link
  // previews, browsers with JavaScript off, and a real 404 status for an unknown product all depend on it.
  // The cost is waiting for one indexed lookup before the first byte.
  htmlLimitedBots: /.*/,
};

export default config;
