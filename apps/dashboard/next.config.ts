import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
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
  // Database drivers stay plain Node requires on the server instead of being bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  // `forbidden()` answers a signed-in user in the wrong area with a real 403 and app/forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default config;
