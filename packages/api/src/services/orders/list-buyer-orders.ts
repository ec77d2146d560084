import type { DbTx, OrderStatus } from "@cho-phien/db";
import { ORDER_STATUS_LABEL_VI } from "./order-state-machine";

export interface OrderSummary {
  code: string;
  status: OrderStatus;
  statusLabel: string;
  createdAt: Date;
  shopName: string;
  totalVnd: number;
  itemCount: number;
  firstItemTitle: string | null;
}

/** The signed-in buyer's orders, newest first (index Order(buyerId, createdAt)). */
export async function listBuyerOrders(
  db: DbTx,
  args: { buyerId: string; page: number; pageSize: number },
): Promise<{ items: OrderSummary[]; total: number; page: number; pageCount: number }> {
  const where = { buyerId: args.buyerId };
  const [total, orders] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (args.page - 1) * args.pageSize,
      take: args.pageSize,
      select: {
        code: true,
        status: true,
        createdAt: true,
        totalVnd: true,
        shop: { select: { name: true } },
        items: { select: { title: true, quantity: true }, orderBy: { id: "asc" } },
      },
    }),
  ]);
  return {
    items: orders.map((o) => ({
      code: o.code,
      status: o.status,
      statusLabel: ORDER_STATUS_LABEL_VI[o.status],
      createdAt: o.createdAt,
      shopName: o.shop.name,
      totalVnd: o.totalVnd,
      itemCount: o.items.reduce((s, i) => s + i.quantity, 0),
      firstItemTitle: o.items[0]?.title ?? null,
    })),
    total,
    page: args.page,
    pageCount: Math.max(1, Math.ceil(total / args.pageSize)),
  };
}
