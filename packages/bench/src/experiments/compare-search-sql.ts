/**
 * Evidence for the search SQL proposal: the bench's query mix through raw pg, current search-sql.ts against
 * ./search-sql-proposal.ts, on one bench database (pass its URL; `pnpm bench --only search --keep-db` leaves
 * one). Also checks that both return the same first-page rows for relevance (as sets) and the same order for
 * the other sorts.
 *
 *   pnpm --filter @cho-phien/bench exec tsx src/experiments/compare-search-sql.ts <database-url> [queries]
 */
import { performance } from "node:perf_hooks";
import { buildSearchSql } from "@cho-phien/api/services/catalog/search-sql";
import { ZSearchInput } from "@cho-phien/validators/search";
import pg from "pg";
import { buildQueries } from "../queries";
import { summarise } from "../stats";
import { buildSearchSqlProposed } from "./search-sql-proposal";

const url = process.argv[2];
if (!url) throw new Error("usage: compare-search-sql.ts <database-url> [queries]");
const n = Number(process.argv[3] ?? 600);
const pool = new pg.Pool({ connectionString: url, max: 2 });

const ddl = [
  `CREATE INDEX IF NOT EXISTS "Product_searchText_knn_idx" ON "Product" USING gist (lower("searchText") gist_trgm_ops)`,
  `CREATE INDEX IF NOT EXISTS "Product_listingStatus_priceVnd_idx" ON "Product" ("listingStatus", "priceVnd", id)`,
  `ANALYZE "Product"`,
];
let t = performance.now();
for (const s of ddl) await pool.query(s);
console.log(`indexes built in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const queries = await buildQueries(url, 100 + n);
const run = async (build: typeof buildSearchSql, input: unknown) => {
  const q = ZSearchInput.parse(input);
  const { text, values } = build(q);
  const t0 = performance.now();
  const res = await pool.query(text, values);
  return { ms: performance.now() - t0, rows: res.rows as { id: string; total: string }[] };
};
for (const q of queries.slice(0, 100)) {
  await run(buildSearchSql, q.input);
  await run(buildSearchSqlProposed, q.input);
}
const cur: number[] = [];
const prop: number[] = [];
let sameOrder = 0;
let sameSet = 0;
const diffs: unknown[] = [];
for (const [i, q] of queries.slice(100).entries()) {
  const a = i % 2 ? await run(buildSearchSqlProposed, q.input) : await run(buildSearchSql, q.input);
  const b = i % 2 ? await run(buildSearchSql, q.input) : await run(buildSearchSqlProposed, q.input);
  const [c, p] = i % 2 ? [b, a] : [a, b];
  cur.push(c.ms);
  prop.push(p.ms);
  const ci = c.rows.map((r) => r.id);
  const pi = p.rows.map((r) => r.id);
  if (ci.join() === pi.join()) sameOrder++;
  if (ci.length === pi.length && ci.every((id) => pi.includes(id))) sameSet++;
  else if (diffs.length < 5) diffs.push({ input: q.input, current: ci.length, proposed: pi.length });
}
const fmt = (s: ReturnType<typeof summarise>) =>
  `p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms  max ${s.max.toFixed(0)} ms`;
console.log(`${n} queries, raw pg, alternating order`);
console.log(`current  search-sql.ts : ${fmt(summarise(cur))}`);
console.log(`proposed               : ${fmt(summarise(prop))}`);
console.log(`same page (ids, order): ${sameOrder}/${n}; same set of ids: ${sameSet}/${n}`);
if (diffs.length) console.log("differing pages (first 5):", JSON.stringify(diffs));
t = performance.now();
await pool.end();
