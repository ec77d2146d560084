/**
 * Search latency: the tRPC procedure (in-process caller → zod → service → Prisma adapter-pg) against the very
 * same SQL statement sent straight through `pg`. The difference is what our layers cost on top of Postgres.
 */
import { performance } from "node:perf_hooks";
import { createCaller } from "@cho-phien/api";
import { buildSearchCountSql, buildSearchSql } from "@cho-phien/api/testing";
import { createDb } from "@cho-phien/db";
import { ZSearchInput } from "@cho-phien/validators/search";
import pg from "pg";
import { type BenchQuery, buildQueries, type QueryKind } from "./queries";
import type { Figure } from "./report";
import { summarise } from "./stats";

export const SEARCH_P95_TARGET_MS = 50;
export const SEARCH_RATIO_TARGET = 1.5;

export interface SearchBenchOptions {
  url: string;
  queries: number;
  warmup: number;
  /** Stop measuring after this many seconds even if fewer queries ran (keeps `pnpm bench` < 10 min when
   * the SQL is slow); the figure then says how many ran. */
  budgetSec: number;
  log: (m: string) => void;
}

export interface SearchBenchResult {
  figures: Figure[];
  details: {
    queries: number;
    planned: number;
    trpc: ReturnType<typeof summarise>;
    pg: ReturnType<typeof summarise>;
    byKind: Record<string, { n: number; trpcP50: number; trpcP95: number; pgP50: number; pgP95: number }>;
    slowest: { ms: number; input: unknown; kind: QueryKind; plan?: string }[];
  };
}

export async function runSearchBench(opts: SearchBenchOptions): Promise<SearchBenchResult> {
  const { url, log } = opts;
  const all = await buildQueries(url, opts.warmup + opts.queries);
  const warm = all.slice(0, opts.warmup);
  const measured = all.slice(opts.warmup);

  // Same pool size on both sides; queries run one at a time, so each path uses one warm connection.
  const db = createDb(url, 4);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const caller = createCaller({ db, user: null, headers: new Headers() });

  const viaTrpc = async (q: BenchQuery) => {
    const t = performance.now();
    await caller.catalog.search(q.input);
    return performance.now() - t;
  };
  // What searchProducts does, minus tRPC and Prisma: parse, build, run, and the count query for a page past
  // the end. Parsing is inside the timing on both sides.
  const viaPg = async (q: BenchQuery) => {
    const t = performance.now();
    const input = ZSearchInput.parse(q.input);
    const { text, values } = buildSearchSql(input);
    const res = await pool.query(text, values);
    if (res.rows.length === 0 && input.page > 1) {
      const count = buildSearchCountSql(input);
      await pool.query(count.text, count.values);
    }
    return performance.now() - t;
  };

  try {
    log(`search: warming up with ${warm.length} queries on both paths`);
    for (const q of warm) {
      await viaTrpc(q);
      await viaPg(q);
    }
    log(`search: measuring ${measured.length} queries (alternating which path goes first)`);
    const trpcMs: number[] = [];
    const pgMs: number[] = [];
    const rows: { q: BenchQuery; trpc: number; pg: number }[] = [];
    const deadline = Date.now() + opts.budgetSec * 1000;
    for (const [i, q] of measured.entries()) {
      if (Date.now() > deadline) {
        log(`search: time budget of ${opts.budgetSec} s reached after ${i} of ${measured.length} queries`);
        break;
      }
      // The second run of a statement finds its pages in cache; alternating the order shares that advantage.
      let a: number;
      let b: number;
      if (i % 2 === 0) {
        a = await viaTrpc(q);
        b = await viaPg(q);
      } else {
        b = await viaPg(q);
        a = await viaTrpc(q);
      }
      trpcMs.push(a);
      pgMs.push(b);
      rows.push({ q, trpc: a, pg: b });
    }

    const trpc = summarise(trpcMs);
    const direct = summarise(pgMs);
    const byKind: SearchBenchResult["details"]["byKind"] = {};
    const groups = new Map<string, typeof rows>();
    for (const r of rows) {
      for (const key of [r.q.kind, r.q.filtered ? "with filters" : "no filters"]) {
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
    }
    for (const [key, rs] of groups) {
      const t = summarise(rs.map((r) => r.trpc));
      const p = summarise(rs.map((r) => r.pg));
      byKind[key] = { n: rs.length, trpcP50: t.p50, trpcP95: t.p95, pgP50: p.p50, pgP95: p.p95 };
    }

    // The slowest statements, with their plans, so a missed target comes with its cause.
    const slowest = [...rows].sort((x, y) => y.pg - x.pg).slice(0, 3);
    const explained: SearchBenchResult["details"]["slowest"] = [];
    for (const r of slowest) {
      const { text, values } = buildSearchSql(ZSearchInput.parse(r.q.input));
      const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      explained.push({
        ms: r.pg,
        input: r.q.input,
        kind: r.q.kind,
        plan: plan.rows.map((x) => x["QUERY PLAN"]).join("\n"),
      });
    }

    const figures: Figure[] = [
      {
        section: "search",
        metric: `tRPC catalog.search p50 (${trpc.n} queries)`,
        value: trpc.p50,
        unit: "ms",
        baseline: { label: "raw pg p50", value: direct.p50 },
        ratio: trpc.p50 / direct.p50,
        target: `ratio < ${SEARCH_RATIO_TARGET}`,
        ok: trpc.p50 / direct.p50 < SEARCH_RATIO_TARGET,
        note:
          rows.length < measured.length
            ? `time budget: ${rows.length} of ${measured.length} queries ran`
            : undefined,
      },
      {
        section: "search",
        metric: "tRPC catalog.search p95",
        value: trpc.p95,
        unit: "ms",
        baseline: { label: "raw pg p95", value: direct.p95 },
        ratio: trpc.p95 / direct.p95,
        target: `< ${SEARCH_P95_TARGET_MS} ms, ratio < ${SEARCH_RATIO_TARGET}`,
        ok: trpc.p95 < SEARCH_P95_TARGET_MS && trpc.p95 / direct.p95 < SEARCH_RATIO_TARGET,
      },
      {
        section: "search",
        metric: "raw pg (same SQL) p95",
        value: direct.p95,
        unit: "ms",
        target: `< ${SEARCH_P95_TARGET_MS} ms`,
        ok: direct.p95 < SEARCH_P95_TARGET_MS,
      },
      ...[...groups.keys()].map(
        (key): Figure => ({
          section: "search",
          metric: `  p95 ${key} (n=${byKind[key]!.n})`,
          value: byKind[key]!.trpcP95,
          unit: "ms",
          baseline: { label: "raw pg", value: byKind[key]!.pgP95 },
          ratio: byKind[key]!.trpcP95 / byKind[key]!.pgP95,
        }),
      ),
    ];
    return {
      figures,
      details: {
        queries: rows.length,
        planned: measured.length,
        trpc,
        pg: direct,
        byKind,
        slowest: explained,
      },
    };
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}
