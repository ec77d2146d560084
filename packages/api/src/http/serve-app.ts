import type { IncomingMessage, ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { loadRootEnv } from "@cho-phien/config/load-root-env";
import { initLogger } from "@cho-phien/config/logger";
import { readApiEnv } from "../env";
import { assertSafeToStart } from "../startup/startup-problems";
import { createAppServer } from "./app-server";
import { parseTrustProxy } from "./client-ip";
import { responseCacheFromEnv } from "./response-cache";
import { type SecuredApp, securitySettingsFromEnv } from "./security-headers";

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
export async function serveApp(opts: {
  next: NextFactory;
  dir: string;
  defaultPort: number;
  name: SecuredApp;
}) {
  loadRootEnv(opts.dir);
  // After the .env is read (LOG_LEVEL), before anything logs: every line of this process names the app.
  const log = initLogger(opts.name);
  // Before Next.js loads anything: production with unsafe settings never listens.
  await assertSafeToStart(opts.name);
  const { values } = parseArgs({
    options: { port: { type: "string" }, hostname: { type: "string" } },
    strict: false,
  });
  const port = Number(values.port ?? process.env.PORT ?? opts.defaultPort);
  const hostname = String(values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0");
  const app = opts.next({ dev: false, dir: opts.dir, hostname, port });
  await app.prepare();
  const cache = responseCacheFromEnv();
  const trustedProxies = parseTrustProxy(readApiEnv().TRUST_PROXY);
  const security = securitySettingsFromEnv(opts.name);
  const server = createAppServer({ next: app.getRequestHandler(), cache, trustedProxies, security });
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  log.info({ responseCache: cache ? "redis" : "off" }, `> ready on http://${hostname}:${port}`);
  // A rolling deploy sends SIGTERM: finish what is in flight, then go.
  const stop = () => {
    server.close(() => void Promise.all([app.close(), cache?.close()]).then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
