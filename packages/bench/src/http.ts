/**
 * HTTP throughput: the production storefront's tRPC catalog listing endpoint against a bare Node server
 * answering the same bytes. autocannon runs in this process; each server runs in its own.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon, { type Result } from "autocannon";
import superjson from "superjson";
import type { Figure } from "./report";

export const HTTP_RATIO_TARGET = 0.05;

/**
 * The URL a tRPC v11 client (httpLink, superjson transformer) sends for a query: the procedure path, and the
 * transformer-serialised input as JSON in `input` — `{"json":{"page":1}}`. (httpBatchLink would add
 * `batch=1` and wrap it as `{"0":…}`; the fetch adapter accepts both.)
 */
export function trpcQueryUrl(base: string, procedure: string, input: unknown): string {
  const u = new URL(`/api/trpc/${procedure}`, base);
  u.searchParams.set("input", JSON.stringify(superjson.serialize(input)));
  return u.toString();
}

export interface HttpBenchOptions {
  storefrontUrl: string;
  connections: number;
  durationSec: number;
  log: (m: string) => void;
}

export interface HttpRun {
  reqPerSec: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
  non2xx: number;
  bytesPerReq: number;
}

function toRun(r: Result): HttpRun {
  const answered = r["2xx"] + r.non2xx > 0;
  return {
    reqPerSec: r.requests.average,
    // autocannon reports 0 ms when nothing came back; that is "no answer", not "instant".
    p50: answered ? r.latency.p50 : Number.NaN,
    p99: answered ? r.latency.p99 : Number.NaN,
    total: r["2xx"] + r.non2xx,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    bytesPerReq: r.throughput.total / Math.max(1, r.requests.total),
  };
}

async function startBareServer(body: string): Promise<{ url: string; child: ChildProcess }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "bare-server.mjs");
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, BARE_BODY: body, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
    child.stdout!.once("data", (d) => resolve(Number(String(d).trim())));
  });
  return { url: `http://127.0.0.1:${port}/`, child };
}

/** Waits until the storefront answers one request within a second again (max 2 min). */
async function settle(url: string, log: (m: string) => void): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const t = Date.now();
    const ok = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      .then((r) => r.arrayBuffer().then(() => r.ok))
      .catch(() => false);
    if (ok && Date.now() - t < 1000) return;
    log("http: waiting for the storefront to drain its backlog");
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function load(url: string, connections: number, duration: number): Promise<Result> {
  return autocannon({ url, connections, duration, timeout: 10 });
}

export async function runHttpBench(opts: HttpBenchOptions) {
  const { log } = opts;
  const url = trpcQueryUrl(opts.storefrontUrl, "catalog.search", { page: 1 });
  // Check the endpoint answers what a client expects before hammering it.
  const probe = await fetch(url);
  const body = await probe.text();
  if (probe.status !== 200) throw new Error(`GET ${url} → ${probe.status}: ${body.slice(0, 300)}`);
  const parsed = JSON.parse(body) as { result?: { data?: { json?: { items?: unknown[] } } } };
  const items = parsed.result?.data?.json?.items?.length ?? 0;
  if (!items) throw new Error(`GET ${url} returned no products: ${body.slice(0, 300)}`);
  log(`http: ${url} → 200, ${items} products, ${body.length.toLocaleString("en-US")} bytes`);

  const bare = await startBareServer(body);
  // The same route with no SQL at all: an unknown procedure goes through Next.js's route handler, the tRPC
  // context and router and comes back as a 404. What it manages is the ceiling for any procedure, so a low
  // search figure can be split between framework and SQL.
  const floorUrl = new URL("/api/trpc/catalog.noSuchProcedure", opts.storefrontUrl).toString();
  try {
    // Lightest first: a run that overloads the storefront leaves queued queries behind, which would
    // otherwise be charged to the next run (settle() waits for them as well).
    log(
      `http: bare Node server, ${opts.connections} connections × ${opts.durationSec} s (after 1 s warm-up)`,
    );
    await load(bare.url, opts.connections, 1);
    const base = toRun(await load(bare.url, opts.connections, opts.durationSec));
    log(`http: route floor ${floorUrl}, ${opts.connections} connections × 5 s (after 1 s warm-up)`);
    await load(floorUrl, opts.connections, 1);
    const floor = toRun(await load(floorUrl, opts.connections, 5));
    await settle(url, log);
    log(
      `http: storefront search, ${opts.connections} connections × ${opts.durationSec} s (after 3 s warm-up)`,
    );
    await load(url, opts.connections, 3);
    await settle(url, log);
    const app = toRun(await load(url, opts.connections, opts.durationSec));
    await settle(url, log);
    const ratio = app.reqPerSec / base.reqPerSec;
    const figures: Figure[] = [
      {
        section: "http",
        metric: `GET catalog.search req/s (${opts.connections} conn × ${opts.durationSec} s)`,
        value: app.reqPerSec,
        unit: "req/s",
        baseline: { label: "bare Node", value: base.reqPerSec },
        ratio,
        target: `≥ ${HTTP_RATIO_TARGET * 100}% of bare`,
        ok: ratio >= HTTP_RATIO_TARGET && app.errors === 0 && app.non2xx === 0,
        note:
          app.errors || app.non2xx
            ? `${app.total} answered; ${app.errors} errors/timeouts (> 10 s), ${app.non2xx} non-2xx`
            : undefined,
      },
      {
        section: "http",
        metric: "GET catalog.search latency p50",
        value: app.p50,
        unit: "ms",
        baseline: { label: "bare Node", value: base.p50 },
        ratio: app.p50 / Math.max(base.p50, 0.001),
      },
      {
        section: "http",
        metric: "GET catalog.search latency p99",
        value: app.p99,
        unit: "ms",
        baseline: { label: "bare Node", value: base.p99 },
        ratio: app.p99 / Math.max(base.p99, 0.001),
      },
      {
        section: "http",
        metric: "  floor: same route, no SQL (tRPC 404) req/s",
        value: floor.reqPerSec,
        unit: "req/s",
        baseline: { label: "bare Node", value: base.reqPerSec },
        ratio: floor.reqPerSec / base.reqPerSec,
        note: `p50 ${floor.p50} ms, p99 ${floor.p99} ms${floor.errors ? `, ${floor.errors} errors` : ""}`,
      },
      {
        section: "http",
        metric: "errors + non-2xx during the run",
        value: app.errors + app.non2xx,
        unit: "",
        target: "0",
        ok: app.errors + app.non2xx === 0,
      },
    ];
    return {
      figures,
      details: {
        url,
        storefront: app,
        bare: base,
        floor: { url: floorUrl, ...floor },
        responseBytes: body.length,
      },
    };
  } finally {
    bare.child.kill("SIGTERM");
  }
}
