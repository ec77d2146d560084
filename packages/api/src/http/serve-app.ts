import type { IncomingMessage, ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { createAppServer } from "./app-server";
import { responseCacheFromEnv } from "./response-cache";

/** The slice of Next.js's programmatic API (`next({...})`) a production server needs. */
type NextFactory = (opts: { dev: boolean; dir: string; hostname: string; port: number }) => {
  prepare(): Promise<void>;
  getRequestHandler(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  close(): Promise<void>;
};

/**
 * Starts one app in production: Next.js for pages, the API fast path for `/api/trpc` (app-server.ts), the
 * shared response cache when REDIS_URL is set. `--port` / `--hostname` or PORT / HOSTNAME choose the address.
 * Each app's `server.ts` passes its own `next` so the Next.js it was built with serves it.
 */
export async function serveApp(opts: { next: NextFactory; dir: string; defaultPort: number }) {
  const { values } = parseArgs({
    options: { port: { type: "string" }, hostname: { type: "string" } },
    strict: false,
  });
  const port = Number(values.port ?? process.env.PORT ?? opts.defaultPort);
  const hostname = String(values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0");
  const app = opts.next({ dev: false, dir: opts.dir, hostname, port });
  await app.prepare();
  const cache = responseCacheFromEnv();
  const server = createAppServer({ next: app.getRequestHandler(), cache });
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  console.log(`> ready on http://${hostname}:${port}${cache ? " (catalog response cache: Redis)" : ""}`);
  // A rolling deploy sends SIGTERM: finish what is in flight, then go.
  const stop = () => {
    server.close(() => void Promise.all([app.close(), cache?.close()]).then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
