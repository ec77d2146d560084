import { type DbTx, Prisma } from "@cho-phien/db";
import { COD_COLLECTABLE_STATUSES } from "../orders/cod-collectable";
import type { OverviewWindow } from "./overview-window";

export interface CodCashSummary {
  /** COD orders delivered (or completed) whose cash the farm has not recorded yet: the sum of their totals. */
  expectedVnd: number;
  expectedOrders: number;
  /** What the farm recorded as received (Order.codCollectedVnd) on COD orders. */
  collectedVnd: number;
  collectedOrders: number;
}

/**
 * Cash on delivery of the shop's orders placed in the window (same days as the revenue): the carrier holds
 * it until it hands it to the farm, which records it per order (orders.recordCashCollected).
 */
export async function codCashSummary(db: DbTx, shopId: string, w: OverviewWindow): Promise<CodCashSummary> {
  const [row] = await db.$queryRaw<
    { expectedVnd: bigint; expectedOrders: bigint; collectedVnd: bigint; collectedOrders: bigint }[]
  >`
    SELECT COALESCE(SUM(o."totalVnd") FILTER (WHERE o."codCollectedAt" IS NULL), 0)::bigint AS "expectedVnd",
           COUNT(*) FILTER (WHERE o."codCollectedAt" IS NULL)::bigint AS "expectedOrders",
           COALESCE(SUM(o."codCollectedVnd") FILTER (WHERE o."codCollectedAt" IS NOT NULL), 0)::bigint
             AS "collectedVnd",
           COUNT(*) FILTER (WHERE o."codCollectedAt" IS NOT NULL)::bigint AS "collectedOrders"
      FROM "Order" o
      JOIN "Checkout" c ON c.id = o."checkoutId"
     WHERE o."shopId" = ${shopId}
       AND c."paymentMethod" = 'cod'
       AND o.status::text IN (${Prisma.join(COD_COLLECTABLE_STATUSES)})
       AND o."createdAt" >= ${w.from} AND o."createdAt" < ${w.until}`;
  return {
    expectedVnd: Number(row?.expectedVnd ?? 0),
    expectedOrders: Number(row?.expectedOrders ?? 0),
    collectedVnd: Number(row?.collectedVnd ?? 0),
    collectedOrders: Number(row?.collectedOrders ?? 0),
  };
}
