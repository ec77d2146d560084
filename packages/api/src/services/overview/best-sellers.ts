import type { DbTx } from "@cho-phien/db";
import { BEST_SELLERS_LIMIT } from "@cho-phien/validators/overview";
import type { OverviewWindow } from "./overview-window";
import { revenueOrdersSql } from "./revenue-sql";

export interface BestSeller {
  productId: string;
  /** The listing's current name and unit (order lines keep the old ones; the farm knows the product now). */
  title: string;
  unit: string;
  quantity: number;
  revenueVnd: number;
}

/**
 * The products sold most in the window, by quantity, over the revenue orders; ties go to the one that brought
 * in more, then by name, so the list is stable.
 */
export async function bestSellers(db: DbTx, shopId: string, w: OverviewWindow): Promise<BestSeller[]> {
  const rows = await db.$queryRaw<
    { productId: string; title: string; unit: string; quantity: bigint; revenueVnd: bigint }[]
  >`
    SELECT i."productId", p.title, p.unit,
           SUM(i.quantity)::bigint AS quantity,
           SUM(i."lineVnd")::bigint AS "revenueVnd"
      FROM "OrderItem" i
      JOIN "Order" o ON o.id = i."orderId"
      JOIN "Product" p ON p.id = i."productId"
     WHERE ${revenueOrdersSql(shopId, w)}
     GROUP BY i."productId", p.title, p.unit
     ORDER BY quantity DESC, "revenueVnd" DESC, p.title ASC, i."productId" ASC
     LIMIT ${BEST_SELLERS_LIMIT}`;
  return rows.map((r) => ({ ...r, quantity: Number(r.quantity), revenueVnd: Number(r.revenueVnd) }));
}
