import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "./embedded";

// Always PGlite: this tests the embedded server itself, whatever DB_TARGET says.
describe("embedded PGlite server", () => {
  let e: EmbeddedPostgres;
  beforeAll(async () => {
    e = await startEmbeddedPostgres({ dataDir: "memory://" });
  });
  afterAll(() => e.stop());

  it("keeps concurrent parameterised queries from different connections apart", async () => {
    const pool = new pg.Pool({ connectionString: e.url, max: 8 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        // Different statement text per call: with the unnamed statement shared, an interleaved Parse from
        // another connection would make this Bind run the wrong statement.
        pool.query<{ n: number; s: string; k: number }>(
          `SELECT $1::int AS n, repeat('x', $1::int % 50) AS s, ${i} AS k`,
          [i],
        ),
      ),
    );
    results.forEach((r, i) => {
      expect(r.rows[0].n).toBe(i);
      expect(r.rows[0].k).toBe(i);
      expect(r.rows[0].s).toBe("x".repeat(i % 50));
    });
    await pool.end();
  });

  it("keeps a transaction's statements on its own connection", async () => {
    const pool = new pg.Pool({ connectionString: e.url, max: 4 });
    await pool.query("CREATE TABLE t (v int)");
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const c = await pool.connect();
        try {
          await c.query("BEGIN");
          await c.query("INSERT INTO t VALUES ($1)", [i]);
          if (i % 2) await c.query("ROLLBACK");
          else await c.query("COMMIT");
        } finally {
          c.release();
        }
      }),
    );
    const { rows } = await pool.query<{ c: string }>("SELECT count(*) AS c FROM t");
    expect(Number(rows[0].c)).toBe(10);
    await pool.end();
  });
});
