import type { DbTx } from "@cho-phien/db";
import { ACTIVE_ORDER_STATUSES } from "@cho-phien/validators/orders";
import { OVERVIEW_DAYS, type TShopOverviewInput } from "@cho-phien/validators/overview";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { shopAccessWhere } from "../shops/shop-access";
import { type BestSeller, bestSellers } from "./best-sellers";
import { type CodCashSummary, codCashSummary } from "./cod-cash-summary";
import { type ListingsNeedingAttention, listingsNeedingAttention } from "./listings-needing-attention";
import { overviewWindow } from "./overview-window";
import { type RevenueDay, revenueByDay } from "./revenue-by-day";

type WaitingStatus = (typeof ACTIVE_ORDER_STATUSES)[number];

export interface ShopOverview extends ListingsNeedingAttention {
  shop: { id: string; name: string };
  /** Today in Vietnam ("YYYY-MM-DD") and how many days the figures cover, today included. */
  today: string;
  days: number;
  /** Orders placed today (Vietnam time) that count as revenue: the same rule as today's bar. */
  newOrdersToday: number;
  /** Orders waiting for the farm's next step (the orders list's "Cần xử lý" tab), in all, by status. */
  waiting: { total: number; byStatus: Record<WaitingStatus, number> };
  revenue: { totalVnd: number; orders: number; daily: RevenueDay[] };
  bestSellers: BestSeller[];
  cod: CodCashSummary;
}

/**
 * The seller's overview of one shop: today's new orders and the to-do, revenue per day over the last
 * OVERVIEW_DAYS days, best sellers, listings to look at, and cash on delivery expected vs collected. The
 * shop is found through shopAccessWhere (owner, accepted helper, admin), so another farm's shop id is "not
 * found", the same answer as an unknown one. Figures are defined in docs/seller-overview.md.
 */
export async function getShopOverview(
  db: DbTx,
  actor: UserActor,
  input: TShopOverviewInput,
  now: Date = new Date(),
): Promise<ShopOverview> {
  const shop = await db.shop.findFirst({
    where: { id: input.shopId, ...shopAccessWhere(actor) },
    select: { id: true, name: true },
  });
  if (!shop) throw notFound("Không tìm thấy gian hàng bạn quản lý");

  const w = overviewWindow(now);
  const [daily, best, cod, listings, waitingGroups] = await Promise.all([
    revenueByDay(db, shop.id, w),
    bestSellers(db, shop.id, w),
    codCashSummary(db, shop.id, w),
    listingsNeedingAttention(db, shop.id),
    db.order.groupBy({
      by: ["status"],
      where: { shopId: shop.id, status: { in: [...ACTIVE_ORDER_STATUSES] } },
      _count: { _all: true },
    }),
  ]);
  const byStatus = Object.fromEntries(
    ACTIVE_ORDER_STATUSES.map((s) => [s, waitingGroups.find((g) => g.status === s)?._count._all ?? 0]),
  ) as Record<WaitingStatus, number>;
  return {
    shop,
    today: w.today,
    days: OVERVIEW_DAYS,
    newOrdersToday: daily[daily.length - 1]?.orders ?? 0,
    waiting: { total: Object.values(byStatus).reduce((s, n) => s + n, 0), byStatus },
    revenue: {
      totalVnd: daily.reduce((s, d) => s + d.revenueVnd, 0),
      orders: daily.reduce((s, d) => s + d.orders, 0),
      daily,
    },
    bestSellers: best,
    cod,
    ...listings,
  };
}
