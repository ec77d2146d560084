/**
 * HTTP throughput: the production storefront's tRPC catalog listing endpoint against a bare Node server
 * answering the same bytes. autocannon runs in this process; each server runs in its own.
 *
 * The storefront runs as in production (`server.ts`: the API fast path, and the shared Redis response cache
 * for anonymous catalog reads when Redis is reachable). Beside the target figure it measures, so the cache
 * hides nothing: 120 different listings in rotation, the same listing with no cache at all (a second
 * storefront without REDIS_URL), and the route with no SQL.
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
  /** The Redis the storefront caches in, to read its hit/miss counters; undefined = no cache. */
  redisUrl?: string;
  /** Starts a second storefront with no response cache, for the uncached figure. */
  startUncached?: () => Promise<{ url: string; stop(): Promise<void> }>;
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

async function load(url: string, connections: number, duration: number, paths?: string[]): Promise<Result> {
  // With `requests`, each connection walks the list in order, so 50 connections spread over all of it.
  const requests = paths?.map((p) => ({ method: "GET" as const, path: p }));
  return autocannon({ url, connections, duration, timeout: 10, requests });
}

/** Listings a phone asks for: every category × sort × first pages, plus the unfiltered ones. */
export function variedListingPaths(base: string, count = 120): string[] {
  const categories = [
    undefined,
    "rau-gia-vi",
    "trai-cay",
    "gao-ngu-coc",
    "che",
    "mat-ong",
    "thit-gia-cam",
    "dac-san-kho",
  ];
  const sorts = ["relevance", "price_asc", "price_desc", "newest"] as const;
  const out: string[] = [];
  for (let page = 1; out.length < count; page++) {
    for (const category of categories)
      for (const sort of sorts) {
        const u = new URL(trpcQueryUrl(base, "catalog.search", { category, sort, page }));
        out.push(u.pathname + u.search);
      }
  }
  return out.slice(0, count);
}

/** Redis's own GET hit/miss counters, to report the cache's hit rate over a run. */
async function redisStats(redisUrl: string | undefined): Promise<{ hits: number; misses: number } | null> {
  if (!redisUrl) return null;
  const { Redis } = await import("ioredis");
  const r = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0 });
  try {
    await r.connect();
    const info = await r.info("stats");
    const num = (k: string) => Number(new RegExp(`${k}:(\\d+)`).exec(info)?.[1] ?? 0);
    return { hits: num("keyspace_hits"), misses: num("keyspace_misses") };
  } catch {
    return null;
  } finally {
    r.disconnect();
  }
}

function hitRate(
  before: { hits: number; misses: number } | null,
  after: { hits: number; misses: number } | null,
): number | null {
  if (!before || !after) return null;
  const h = after.hits - before.hits;
  const m = after.misses - before.misses;
  return h + m > 0 ? h / (h + m) : null;
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
  const cached = Boolean(opts.redisUrl);
  log(`http: storefront response cache: ${cached ? opts.redisUrl : "none (Redis not reachable)"}`);

  const bare = await startBareServer(body);
  // The same route with no SQL at all: an unknown procedure goes through the server, the tRPC context and
  // router and comes back as a 404. What it manages is the ceiling for any uncached procedure.
  const floorUrl = new URL("/api/trpc/catalog.noSuchProcedure", opts.storefrontUrl).toString();
  const varied = variedListingPaths(opts.storefrontUrl);
  const c = opts.connections;
  try {
    // Lightest first: a run that overloads the storefront leaves queued queries behind, which would
    // otherwise be charged to the next run (settle() waits for them as well).
    log(`http: bare Node server, ${c} connections × ${opts.durationSec} s (after 1 s warm-up)`);
    await load(bare.url, c, 1);
    const base = toRun(await load(bare.url, c, opts.durationSec));
    log(`http: route floor ${floorUrl}, ${c} connections × 5 s (after 1 s warm-up)`);
    await load(floorUrl, c, 1);
    const floor = toRun(await load(floorUrl, c, 5));
    await settle(url, log);

    log(`http: storefront listing, ${c} connections × ${opts.durationSec} s (after 3 s warm-up)`);
    await load(url, c, 3);
    await settle(url, log);
    const before = await redisStats(opts.redisUrl);
    const app = toRun(await load(url, c, opts.durationSec));
    const appHits = hitRate(before, await redisStats(opts.redisUrl));
    await settle(url, log);

    log(`http: ${varied.length} different listings in rotation, ${c} connections × ${opts.durationSec} s`);
    const beforeVaried = await redisStats(opts.redisUrl);
    const mixed = toRun(await load(opts.storefrontUrl, c, opts.durationSec, varied));
    const mixedHits = hitRate(beforeVaried, await redisStats(opts.redisUrl));
    await settle(url, log);

    let uncached: HttpRun | undefined;
    if (cached && opts.startUncached) {
      const plain = await opts.startUncached();
      try {
        const plainUrl = trpcQueryUrl(plain.url, "catalog.search", { page: 1 });
        log(`http: same listing with no cache (${plain.url}), ${c} connections × ${opts.durationSec} s`);
        await load(plainUrl, c, 3);
        await settle(plainUrl, log);
        uncached = toRun(await load(plainUrl, c, opts.durationSec));
      } finally {
        await plain.stop();
      }
    }

    const ratio = app.reqPerSec / base.reqPerSec;
    const pct = (x: number | null) => (x === null ? "unknown" : `${(x * 100).toFixed(2)}%`);
    const vsBare = (r: HttpRun, metric: string, note?: string, expect404 = false): Figure => ({
      section: "http",
      metric,
      value: r.reqPerSec,
      unit: "req/s",
      baseline: { label: "bare Node", value: base.reqPerSec },
      ratio: r.reqPerSec / base.reqPerSec,
      note: [
        `p50 ${r.p50} ms, p99 ${r.p99} ms`,
        r.errors + (expect404 ? 0 : r.non2xx)
          ? `${r.errors + (expect404 ? 0 : r.non2xx)} errors/non-2xx`
          : "",
        note,
      ]
        .filter(Boolean)
        .join("; "),
    });
    const figures: Figure[] = [
      {
        section: "http",
        metric: `GET catalog.search req/s (${c} conn × ${opts.durationSec} s)`,
        value: app.reqPerSec,
        unit: "req/s",
        baseline: { label: "bare Node", value: base.reqPerSec },
        ratio,
        target: `≥ ${HTTP_RATIO_TARGET * 100}% of bare`,
        ok: ratio >= HTTP_RATIO_TARGET && app.errors === 0 && app.non2xx === 0,
        note: [
          cached ? `Redis response cache, GET hit rate ${pct(appHits)}` : "no response cache",
          app.errors || app.non2xx
            ? `${app.total} answered; ${app.errors} errors/timeouts (> 10 s), ${app.non2xx} non-2xx`
            : "",
        ]
          .filter(Boolean)
          .join("; "),
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
      vsBare(
        mixed,
        `  ${varied.length} different listings in rotation req/s`,
        // An expired entry misses for every request that arrives while one of them recomputes it (the others
        // wait for that one computation), so this GET hit rate understates how much SQL the cache saves.
        cached ? `GET hit rate ${pct(mixedHits)}` : undefined,
      ),
      ...(uncached
        ? [vsBare(uncached, "  same listing, no response cache req/s", "every request runs the SQL")]
        : []),
      vsBare(floor, "  floor: same server, no SQL (tRPC 404) req/s", "every answer a 404 by design", true),
      {
        section: "http",
        metric: "errors + non-2xx during the run",
        value: app.errors + app.non2xx + mixed.errors + mixed.non2xx,
        unit: "",
        target: "0",
        ok: app.errors + app.non2xx + mixed.errors + mixed.non2xx === 0,
      },
    ];
    return {
      figures,
      details: {
        url,
        responseCache: cached ? opts.redisUrl : null,
        storefront: { ...app, hitRate: appHits },
        varied: { paths: varied.length, ...mixed, hitRate: mixedHits },
        uncached: uncached ?? null,
        bare: base,
        floor: { url: floorUrl, ...floor },
        responseBytes: body.length,
      },
    };
  } finally {
    bare.child.kill("SIGTERM");
  }
}
