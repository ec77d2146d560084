/**
 * Rows for payments/orders/ratings tests, written with Prisma the way checkout.placeOrder writes them
 * (checkout + one order per farm + items copying title/unit/price + shipment + Payment(pending) + stock
 * reserved by a conditional decrement). Once placeOrder exists, tests may switch to it; these helpers stay
 * useful for states that are slow to reach through the UI (expired, delivered).
 */
import { randomBytes } from "node:crypto";
import { createDb, type Db, type PaymentMethod, type Role } from "@cho-phien/db";
import { transitionOrder } from "../services/orders/transition-order";
import { getPaymentProvider, providerFor } from "../services/payments";
import type { CheckoutForPayment } from "../services/payments/payment-provider";
import { randomVnPhone } from "./auth-fixtures";

let shared: Db | undefined;
/**
 * One client per test file, on the fresh database vitest-setup put in DATABASE_URL, with a real pool so the
 * concurrency tests race through separate connections (on PGlite too: packages/db keeps each connection's
 * protocol exchange together in pglite-server, see pglite-wire-queue.ts).
 */
export function testDb(): Db {
  shared ??= createDb(process.env.DATABASE_URL, 12);
  return shared;
}

const rand = (n = 8) =>
  randomBytes(n)
    .toString("base64url")
    .replace(/[^A-Za-z0-9]/g, "")
    .toUpperCase()
    .slice(0, n)
    .padEnd(n, "X");

export function randomPhone(): string {
  return randomVnPhone();
}

export async function createUser(db: Db, opts: { role?: Role; name?: string; phone?: string } = {}) {
  const id = `u_${rand(10)}`;
  const phone = opts.phone ?? randomPhone();
  return db.user.create({
    data: {
      id,
      name: opts.name ?? "Nguyễn Thu Hà",
      email: `${id.toLowerCase()}@test.chophien.vn`,
      phoneNumber: phone,
      phoneNumberVerified: true,
      role: opts.role ?? "buyer",
    },
  });
}

export async function createShop(db: Db, ownerId: string, name = "Ớt Đại Dực") {
  return db.shop.create({
    data: {
      slug: `shop-${rand(8).toLowerCase()}`,
      name,
      provinceCode: "22",
      communeName: "Đại Dực",
      ownerId,
    },
  });
}

export async function createProduct(
  db: Db,
  shopId: string,
  opts: { title?: string; priceVnd?: number; stock?: number; weightGrams?: number } = {},
) {
  const category = await db.category.upsert({
    where: { slug: "gia-vi" },
    update: {},
    create: { slug: "gia-vi", name: "Gia vị", nameEn: "Spices" },
  });
  return db.product.create({
    data: {
      shopId,
      categoryId: category.id,
      slug: `p-${rand(10).toLowerCase()}`,
      title: opts.title ?? "Ớt chào mào Đại Dực",
      unit: "kg",
      priceVnd: opts.priceVnd ?? 45_000,
      weightGrams: opts.weightGrams ?? 1000,
      stock: opts.stock ?? 20,
      listingStatus: "approved",
    },
  });
}

export interface PlaceLine {
  productId: string;
  quantity: number;
}

/**
 * A placed checkout, as placeOrder would leave it before calling the payment provider. With `startPayment`,
 * the real provider's start() runs after the commit (VietQR payload, Stripe session on the fake) and its
 * result is stored on the Payment, as placeOrder does.
 */
export async function placeTestCheckout(
  db: Db,
  opts: {
    method: PaymentMethod;
    lines: PlaceLine[];
    buyerId?: string | null;
    buyerPhone?: string;
    shippingPerShopVnd?: number;
    /** Default: now + the provider's hold (null for COD). */
    expiresAt?: Date | null;
    startPayment?: boolean;
  },
) {
  const provider = providerFor(opts.method);
  const shipping = opts.shippingPerShopVnd ?? 30_000;
  const code = `CP${rand(8)}`;
  const buyerPhone = opts.buyerPhone ?? randomPhone();
  const status = provider.initialOrderStatus;
  const expiresAt =
    opts.expiresAt !== undefined
      ? opts.expiresAt
      : provider.holdMinutes
        ? new Date(Date.now() + provider.holdMinutes * 60_000)
        : null;
  const address = {
    recipientName: "Nguyễn Thu Hà",
    phone: buyerPhone,
    provinceCode: "01",
    ward: "Phường Ba Đình",
    street: "12 Phố Huế",
  };

  const result = await db.$transaction(
    async (tx) => {
      const products = await tx.product.findMany({
        where: { id: { in: opts.lines.map((l) => l.productId) } },
      });
      const byId = new Map(products.map((p) => [p.id, p]));
      const sorted = [...opts.lines].sort((a, b) => (a.productId < b.productId ? -1 : 1));
      for (const l of sorted) {
        const n =
          await tx.$executeRaw`UPDATE "Product" SET stock = stock - ${l.quantity} WHERE id = ${l.productId} AND stock >= ${l.quantity}`;
        if (n !== 1) throw new Error(`fixture: not enough stock for ${l.productId}`);
      }
      const byShop = new Map<string, PlaceLine[]>();
      for (const l of opts.lines) {
        const shopId = byId.get(l.productId)!.shopId;
        byShop.set(shopId, [...(byShop.get(shopId) ?? []), l]);
      }
      const itemsTotal = opts.lines.reduce((s, l) => s + byId.get(l.productId)!.priceVnd * l.quantity, 0);
      const shippingTotal = shipping * byShop.size;
      const checkout = await tx.checkout.create({
        data: {
          code,
          idempotencyKey: `idem-${rand(16)}`,
          buyerId: opts.buyerId ?? null,
          buyerPhone,
          paymentMethod: opts.method,
          status: status === "placed" ? "placed" : "pending_payment",
          itemsTotalVnd: itemsTotal,
          shippingVnd: shippingTotal,
          totalVnd: itemsTotal + shippingTotal,
          address,
          expiresAt,
        },
      });
      const orders = [];
      let i = 0;
      for (const [shopId, lines] of byShop) {
        i++;
        const orderItems = lines.map((l) => {
          const p = byId.get(l.productId)!;
          return {
            productId: p.id,
            title: p.title,
            unit: p.unit,
            priceVnd: p.priceVnd,
            quantity: l.quantity,
            weightGrams: p.weightGrams,
            lineVnd: p.priceVnd * l.quantity,
          };
        });
        const itemsVnd = orderItems.reduce((s, it) => s + it.lineVnd, 0);
        const order = await tx.order.create({
          data: {
            code: `${code}-${i}`,
            checkoutId: checkout.id,
            shopId,
            buyerId: opts.buyerId ?? null,
            buyerPhone,
            status,
            itemsTotalVnd: itemsVnd,
            shippingVnd: shipping,
            totalVnd: itemsVnd + shipping,
            address,
            items: { create: orderItems },
            shipment: {
              create: {
                carrier: "vnpost",
                feeVnd: shipping,
                weightGrams: orderItems.reduce((s, it) => s + it.weightGrams * it.quantity, 0),
                estimatedDays: 3,
                codAmountVnd: opts.method === "cod" ? itemsVnd + shipping : 0,
              },
            },
            history: { create: { from: null, to: status, note: "Đặt hàng" } },
          },
          include: { items: true },
        });
        orders.push(order);
      }
      const payment = await tx.payment.create({
        data: {
          checkoutId: checkout.id,
          method: opts.method,
          status: "pending",
          amountVnd: checkout.totalVnd,
        },
      });
      return { checkout, orders, payment, byId };
    },
    { maxWait: 20_000, timeout: 30_000 },
  );

  let payment = result.payment;
  if (opts.startPayment) {
    const p = getPaymentProvider(opts.method);
    if (!p) throw new Error(`fixture: provider ${opts.method} not available`);
    const forPayment: CheckoutForPayment = {
      id: result.checkout.id,
      code: result.checkout.code,
      totalVnd: result.checkout.totalVnd,
      buyerPhone,
      shippingVnd: result.checkout.shippingVnd,
      lines: result.orders.flatMap((o) =>
        o.items.map((it) => ({ title: it.title, quantity: it.quantity, priceVnd: it.priceVnd })),
      ),
    };
    const started = await p.start(db, forPayment);
    payment = await db.payment.update({
      where: { id: payment.id },
      data: {
        providerRef: started.providerRef,
        redirectUrl: started.redirectUrl,
        qrPayload: started.qrPayload,
      },
    });
  }
  return { checkout: result.checkout, orders: result.orders, payment };
}

/** Walks an order along the seller's steps up to `to` (e.g. "delivered"), as the farm would. */
export async function advanceOrderTo(
  db: Db,
  orderId: string,
  to: "accepted" | "packed" | "shipped" | "delivered",
) {
  const steps = ["accepted", "packed", "shipped", "delivered"] as const;
  for (const step of steps) {
    await db.$transaction((tx) =>
      transitionOrder(tx, { orderId, to: step, actor: { id: null, role: "test" } }),
    );
    if (step === to) break;
  }
}

export async function stockOf(db: Db, productId: string): Promise<number> {
  return (await db.product.findUniqueOrThrow({ where: { id: productId }, select: { stock: true } })).stock;
}
