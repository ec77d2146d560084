/**
 * Production server (`pnpm start`): Next.js serves the pages, /api/trpc takes the API fast path with the
 * shared catalog cache (packages/api/src/http/app-server.ts). `next dev` serves the same API through
 * src/app/api/trpc/[trpc]/route.ts instead.
 */
import { serveApp } from "@cho-phien/api/http";
import next from "next";

await serveApp({ next, dir: import.meta.dirname, defaultPort: 3001, name: "dashboard" });
