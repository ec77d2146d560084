/**
 * The whole product started for browser tests (and the benchmark): a fresh migrated + seeded database, the
 * production builds of both Next.js apps on random free ports, and Debian Chromium driven by playwright-core.
 *
 * Runs in a plain Node process (Vitest's globalSetup, or `pnpm bench`), never inside a test worker: test files
 * reach the started stack through `./fixtures` instead.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@cho-phien/db";
import { startEmbeddedPostgres } from "@cho-phien/db/embedded";
import { migrate } from "@cho-phien/db/migrate";
import { seedDemo } from "@cho-phien/db/seed";
import { createTestDatabase, serverUrl } from "@cho-phien/db/test-db";
import { type Browser, type BrowserServer, chromium, type LaunchOptions } from "playwright-core";
// The one rule for where the browser is (CHROMIUM_PATH, then the usual places), shared with scripts/test.mjs.
import { chromiumPath, executableProblem } from "../../../scripts/find-browser.mjs";

// The bench uploads the same generated camera photo the browser tests do; it reaches it through this entry.
export { type TestPhotoOptions, testPhoto } from "./test-photo";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
/** Server logs of the started apps, kept after the run for whoever reads a CI failure. */
export const LOG_DIR = path.join(REPO_ROOT, "packages", "e2e", "test-results");

export type AppName = "storefront" | "dashboard";

// ───────────────────────────── database ─────────────────────────────

export interface StackDatabase {
  url: string;
  target: "server" | "pglite";
  drop(): Promise<void>;
}

/**
 * A fresh, migrated, empty database: a new database on the Postgres server when DATABASE_URL or
 * TEST_DATABASE_URL names one (CI), else PGlite on a temporary directory served over the wire protocol so the
 * two app processes can share it. A directory rather than memory:// because the demo seed plus two apps'
 * sessions is more than we want to hold in the WASM heap, and because it matches `pnpm dev`.
 */
export async function createStackDatabase(log: (m: string) => void = () => {}): Promise<StackDatabase> {
  if (serverUrl()) {
    const db = await createTestDatabase("server");
    log(`database: ${new URL(db.url).pathname.slice(1)} on the Postgres server`);
    return db;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "chophien-e2e-pglite-"));
  const embedded = await startEmbeddedPostgres({ dataDir: dir, port: 0 });
  log(`database: embedded PGlite in ${dir} on ${new URL(embedded.url).port}`);
  try {
    await migrate(embedded.url);
  } catch (e) {
    await embedded.stop().catch(() => {});
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: embedded.url,
    target: "pglite",
    async drop() {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Loads the Vietnamese demo data (shops, products, accounts for every role). */
export async function seedDatabase(url: string, log: (m: string) => void = () => {}): Promise<void> {
  const db = createDb(url, 2);
  try {
    await seedDemo(db, { log });
  } finally {
    await db.$disconnect();
  }
}

// ───────────────────────────── apps ─────────────────────────────

/**
 * Production builds of the apps. Turborepo caches them by input hash, so a second run (or `pnpm bench`
 * after `pnpm test`) costs a few seconds; only a changed source rebuilds.
 */
export async function buildApps(
  apps: AppName[] = ["storefront", "dashboard"],
  log: (m: string) => void = () => {},
) {
  const started = Date.now();
  const filters = apps.map((a) => `--filter=@cho-phien/${a}`);
  // On a shared working tree someone else's `next build` may hold the app's build lock; wait for it (up to
  // 10 min) rather than fail. CI never sees this: it builds alone.
  for (let attempt = 1; ; attempt++) {
    const out: string[] = [];
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(
        "pnpm",
        ["exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only"],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      child.stdout.on("data", (d) => out.push(String(d)));
      child.stderr.on("data", (d) => out.push(String(d)));
      child.on("error", reject);
      child.on("exit", (c) => resolve(c ?? 1));
    });
    const text = out.join("");
    if (code === 0) break;
    if (/Another next build process is already running/.test(text) && attempt < 40) {
      if (attempt === 1) log("another next build is running in this tree; waiting for it");
      await new Promise((r) => setTimeout(r, 15_000));
      continue;
    }
    throw new Error(`building ${apps.join(", ")} failed (exit ${code}):\n${text.slice(-6000)}`);
  }
  log(`built ${apps.join(" + ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Apps whose production build is not on disk (`.next/BUILD_ID` is written last by `next build`). */
export async function missingBuilds(apps: AppName[]): Promise<AppName[]> {
  const missing: AppName[] = [];
  for (const a of apps) {
    const ok = await stat(path.join(REPO_ROOT, "apps", a, ".next", "BUILD_ID")).then(
      () => true,
      () => false,
    );
    if (!ok) missing.push(a);
  }
  return missing;
}

/** A port nobody listens on right now (the OS picks it; 3000/3001/54329 stay free for the real apps). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  name: AppName;
  url: string;
  port: number;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Production builds refuse to start with development settings (packages/api/src/startup). The test stack is a
 * demo on purpose: a throw-away secret per run, messages to the log, the demo accounts, a made-up bank account.
 */
export const DEMO_PRODUCTION_ENV: Record<string, string> = {
  AUTH_SECRET: randomBytes(48).toString("base64"),
  ALLOW_LOG_SENDER: "1",
  ALLOW_DEMO_ACCOUNTS: "1",
  VIETQR_ACCOUNT_NO: "0071000123456",
  // The browser contexts name their own client address (fixtures.ts newPage), as a reverse proxy would.
  TRUST_PROXY: "loopback",
};

/**
 * Starts one app's production server (`server.ts`: Next.js plus the API fast path, as `pnpm start` runs it) on
 * `port` and resolves once it answers HTTP. It runs in a process group of its own so stopping it also ends
 * anything it forked.
 */
export async function startApp(
  name: AppName,
  port: number,
  env: Record<string, string>,
  /** `logName`: the log file's name (default the app's), so a second instance does not overwrite the first's. */
  opts: { timeoutMs?: number; logName?: string } = {},
): Promise<RunningApp> {
  const appDir = path.join(REPO_ROOT, "apps", name);
  await mkdir(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${opts.logName ?? name}.log`);
  const logStream = createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "server.ts", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: appDir,
      // VITEST cleared: the apps' logger is silent under Vitest, and these logs are what a failed CI run shows.
      env: {
        ...process.env,
        ...DEMO_PRODUCTION_ENV,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        VITEST: "",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  // Both streams feed one file: neither may end it (the second would then write after end); exit does.
  child.stdout?.pipe(logStream, { end: false });
  child.stderr?.pipe(logStream, { end: false });
  child.once("close", () => logStream.end());
  const url = `http://127.0.0.1:${port}`;
  const app: RunningApp = { name, url, port, logFile, stop: () => stopProcess(child) };
  try {
    await waitForHttp(url, child, opts.timeoutMs ?? 60_000);
  } catch (e) {
    await app.stop();
    const tail = (await readFile(logFile, "utf8").catch(() => "")).slice(-4000);
    throw new Error(`${name} did not start: ${(e as Error).message}\n--- ${logFile} ---\n${tail}`);
  }
  return app;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`server exited with code ${exited}`);
    try {
      // Any HTTP answer means the server is up; the tests themselves judge the status codes.
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

/** SIGTERM to the child's process group (spawned `detached`), SIGKILL after 5 s; resolves once it exited. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal); // the whole group: the server and any worker it forked
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    kill("SIGTERM");
  });
}

// ───────────────────────────── browser ─────────────────────────────

/**
 * CHROMIUM_PATH, else the first of the usual places that holds a browser (scripts/find-browser.mjs), read when
 * this module loads. `pnpm test` and the e2e globalSetup run `ensureBrowser()` first, which stops with the
 * command that installs one (or installs it with apt as root on Debian/Ubuntu) and exports the path it found.
 */
export const CHROMIUM_PATH = chromiumPath();
/** Debian Chromium, headless, with everything that would try to reach the (blocked) internet turned off. */
export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

/** Fails in one line naming the path, rather than with playwright's multi-line "Executable doesn't exist". */
function assertBrowser(): void {
  const problem = executableProblem(CHROMIUM_PATH);
  if (problem) {
    throw new Error(
      `browser not found at ${CHROMIUM_PATH} (${problem}): set CHROMIUM_PATH or install Chromium (apt-get install -y chromium)`,
    );
  }
}

export function launchBrowser(): Promise<Browser> {
  assertBrowser();
  return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}

/** A browser that test workers connect to over a websocket (`chromium.connect(wsEndpoint)`). */
export function launchBrowserServer(): Promise<BrowserServer> {
  assertBrowser();
  return chromium.launchServer(CHROMIUM_LAUNCH_OPTIONS);
}

// ───────────────────────────── the whole stack ─────────────────────────────

export interface Stack {
  databaseUrl: string;
  dbTarget: "server" | "pglite";
  storefrontUrl: string;
  dashboardUrl: string;
  /** The temporary folder both apps keep uploaded photos in (removed by `stop()`). */
  uploadDir: string;
  /** Where workers connect to the shared Chromium; absent when started with `browser: false`. */
  browserWsEndpoint?: string;
  /** The local fake of Stripe's API and hosted payment page, when started with `fakeStripe: true`. */
  fakeStripeUrl?: string;
  stop(): Promise<void>;
}

export interface StartStackOptions {
  apps?: AppName[];
  /** Seed the demo data (default true). */
  seed?: boolean;
  /** Start a shared Chromium (default true). */
  browser?: boolean;
  /** Skip `turbo run build` (the caller built already). */
  skipBuild?: boolean;
  /**
   * Start the fake Stripe (packages/api/src/test/fake-stripe.ts) before the apps and give them its address,
   * key and webhook secret, so card checkout runs the real SDK offline and its webhook reaches the storefront.
   */
  fakeStripe?: boolean;
  /** Extra environment for both apps (after the harness's own, so it may override them). */
  appEnv?: Record<string, string>;
  log?: (m: string) => void;
}

/**
 * Database → seed → build → both apps → Chromium. Whatever started is stopped again if a later step fails,
 * so a broken build never leaves a database or a server behind.
 */
export async function startStack(opts: StartStackOptions = {}): Promise<Stack> {
  const log = opts.log ?? ((m: string) => console.log(`[e2e] ${m}`));
  const apps = opts.apps ?? ["storefront", "dashboard"];
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const c of cleanups.reverse()) await c().catch((e) => log(`teardown: ${(e as Error).message}`));
  };
  try {
    // The build does not need the database; it runs first so a compile error is reported before seeding.
    if (!opts.skipBuild) await buildApps(apps, log);
    const db = await createStackDatabase(log);
    cleanups.push(() => db.drop());
    if (opts.seed !== false) {
      const t = Date.now();
      await seedDatabase(db.url);
      log(`seeded demo data in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    // Photos the tests upload go to a folder of their own, not the developer's .data/uploads: the dashboard
    // writes them there and the storefront serves them from there, so both apps get the same one.
    const uploadDir = await mkdtemp(path.join(os.tmpdir(), "chophien-e2e-uploads-"));
    cleanups.push(() => rm(uploadDir, { recursive: true, force: true }));
    const ports = { storefront: await freePort(), dashboard: await freePort() };
    const env = {
      DATABASE_URL: db.url,
      STOREFRONT_URL: `http://127.0.0.1:${ports.storefront}`,
      DASHBOARD_URL: `http://127.0.0.1:${ports.dashboard}`,
      NEXT_TELEMETRY_DISABLED: "1",
      UPLOAD_DIR: uploadDir,
    };
    // The fake must listen before the apps start: its port is part of their environment, and the webhook it
    // sends after "Pay" goes to the storefront port picked above.
    let fakeStripeUrl: string | undefined;
    let stripeEnv: Record<string, string> = {};
    if (opts.fakeStripe) {
      const { startFakeStripe } = await import("@cho-phien/api/testing");
      const webhookSecret = `whsec_e2e_${randomBytes(16).toString("hex")}`;
      const fake = await startFakeStripe({
        webhookUrl: `${env.STOREFRONT_URL}/api/webhooks/stripe`,
        webhookSecret,
      });
      cleanups.push(() => fake.close());
      fakeStripeUrl = fake.url;
      stripeEnv = { ...fake.env(), STRIPE_WEBHOOK_SECRET: webhookSecret };
      log(`fake Stripe on ${fake.url}`);
    }
    const appEnv = { ...env, ...stripeEnv, ...opts.appEnv };
    // Someone else's `next build` in the same tree (a shared dev machine) can replace .next after ours;
    // turbo then restores our build from its cache.
    if (!opts.skipBuild && (await missingBuilds(apps)).length) await buildApps(apps, log);
    const settled = await Promise.allSettled(apps.map((a) => startApp(a, ports[a], appEnv)));
    for (const r of settled) {
      if (r.status !== "fulfilled") continue;
      cleanups.push(() => r.value.stop());
      log(`${r.value.name} on ${r.value.url} (log: ${path.relative(REPO_ROOT, r.value.logFile)})`);
    }
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    let browserWsEndpoint: string | undefined;
    if (opts.browser !== false) {
      const server = await launchBrowserServer();
      cleanups.push(() => server.close());
      browserWsEndpoint = server.wsEndpoint();
    }
    return {
      databaseUrl: db.url,
      dbTarget: db.target,
      storefrontUrl: env.STOREFRONT_URL,
      dashboardUrl: env.DASHBOARD_URL,
      uploadDir,
      browserWsEndpoint,
      fakeStripeUrl,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
