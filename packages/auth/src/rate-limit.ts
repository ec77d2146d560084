import type { DbTx } from "@cho-phien/db";

/**
 * A fixed-window counter kept in Postgres (the RateLimit table better-auth also uses), so every app
 * instance behind a load balancer sees the same count. One atomic upsert: no read-then-write race.
 * Returns true when the call is allowed.
 */
export async function consumeRateLimit(
  db: DbTx,
  key: string,
  windowSeconds: number,
  max: number,
): Promise<boolean> {
  const now = Date.now();
  const windowStart = now - windowSeconds * 1000;
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" (id, key, count, "lastRequest") VALUES (${key}, ${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."lastRequest" < ${windowStart} THEN 1 ELSE "RateLimit".count + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" < ${windowStart} THEN ${now} ELSE "RateLimit"."lastRequest" END
    RETURNING count`;
  return Number(rows[0]?.count ?? 0) <= max;
}
