import { Prisma } from "@cho-phien/db";
import type { OverviewWindow } from "./overview-window";
import { REVENUE_STATUSES } from "./revenue-statuses";

/**
 * The SQL condition on `"Order"` (aliased `o`) that selects the shop's revenue orders of the window: the
 * twin of REVENUE_STATUSES for the aggregate queries, so the chart, the total and the best sellers agree.
 */
export function revenueOrdersSql(shopId: string, w: OverviewWindow): Prisma.Sql {
  return Prisma.sql`o."shopId" = ${shopId}
    AND o.status::text IN (${Prisma.join(REVENUE_STATUSES)})
    AND o."createdAt" >= ${w.from} AND o."createdAt" < ${w.until}`;
}
