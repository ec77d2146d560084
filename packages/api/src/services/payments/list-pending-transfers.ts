import type { DbTx } from "@cho-phien/db";

export interface PendingTransfer {
  checkoutCode: string;
  transferNote: string | null;
  amountVnd: number;
  buyerPhone: string;
  createdAt: Date;
  expiresAt: Date | null;
  shops: string[];
}

/** VietQR transfers still awaited, oldest first: what the admin compares with the bank statement. */
export async function listPendingTransfers(
  db: DbTx,
  opts: { limit?: number } = {},
): Promise<PendingTransfer[]> {
  const payments = await db.payment.findMany({
    where: { method: "vietqr", status: "pending", checkout: { status: "pending_payment" } },
    orderBy: { createdAt: "asc" },
    take: opts.limit ?? 200,
    select: {
      amountVnd: true,
      providerRef: true,
      createdAt: true,
      checkout: {
        select: {
          code: true,
          buyerPhone: true,
          expiresAt: true,
          orders: { select: { shop: { select: { name: true } } } },
        },
      },
    },
  });
  return payments.map((p) => ({
    checkoutCode: p.checkout.code,
    transferNote: p.providerRef,
    amountVnd: p.amountVnd,
    buyerPhone: p.checkout.buyerPhone,
    createdAt: p.createdAt,
    expiresAt: p.checkout.expiresAt,
    shops: p.checkout.orders.map((o) => o.shop.name),
  }));
}
