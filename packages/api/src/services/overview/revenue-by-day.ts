import type { DbTx } from "@cho-phien/db";
import { VIETNAM_TIME_ZONE } from "@cho-phien/validators/vietnam-day";
import type { OverviewWindow } from "./overview-window";
import { revenueOrdersSql } from "./revenue-sql";

export interface RevenueDay {
  /** "YYYY-MM-DD", Vietnam calendar day. */
  day: string;
  revenueVnd: number;
  orders: number;
}

/**
 * Revenue (see revenue-statuses.ts) per Vietnam calendar day of the window, oldest first, every day present
 * (0 on a quiet day). Order.createdAt is stored as UTC without a zone, hence the two AT TIME ZONE steps.
 */
export async function revenueByDay(db: DbTx, shopId: string, w: OverviewWindow): Promise<RevenueDay[]> {
  const rows = await db.$queryRaw<{ day: string; revenue: bigint; orders: bigint }[]>`
    SELECT to_char((o."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${VIETNAM_TIME_ZONE}, 'YYYY-MM-DD') AS day,
           SUM(o."totalVnd")::bigint AS revenue,
           COUNT(*)::bigint AS orders
      FROM "Order" o
     WHERE ${revenueOrdersSql(shopId, w)}
     GROUP BY 1`;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return w.days.map((day) => {
    const r = byDay.get(day);
    return { day, revenueVnd: Number(r?.revenue ?? 0), orders: Number(r?.orders ?? 0) };
  });
}
