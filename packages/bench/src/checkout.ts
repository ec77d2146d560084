/**
 * Checkout throughput: 50 concurrent buyers placing orders in-process (placeOrder, as in
 * packages/api/src/services/checkout/README.md — one transaction writes checkout, per-farm orders, items,
 * shipments, status events, audit, outbox and payment, and reserves stock), beside the floor under it: the
 * bare conditional stock decrement through `pg` for the very same lines, 50 clients, one transaction per order.
 * The ratio says what everything an order writes costs on top of reserving its stock.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { addToCart, mintGuestToken, placeOrder } from "@cho-phien/api/testing";
import { createDb, type Db } from "@cho-phien/db";
import { ZPlaceOrderInput } from "@cho-phien/validators/checkout";
import pg from "pg";
import type { Figure } from "./report";
import { prng, type Summary, summarise } from "./stats";

export interface CheckoutBenchOptions {
  url: string;
  /** Concurrent buyers (and pg clients for the baseline). */
  buyers: number;
  /**
   * Prisma pool for placeOrder (the README's in-process setup uses 20): buyers beyond it wait for a
   * connection, as requests do in an app server, and that wait is part of their latency.
   */
  dbPool: number;
  /** Orders to place; the run stops earlier when `maxSeconds` is spent. */
  orders: number;
  maxSeconds: number;
  /** Products the carts draw from. */
  products: number;
  log: (m: string) => void;
}

interface Run {
  orders: number;
  failed: number;
  seconds: number;
  ordersPerSec: number;
  latency: Summary;
}

export interface CheckoutBenchResult {
  figures: Figure[];
  details: {
    buyers: number;
    dbPool: number;
    products: number;
    linesPerOrder: number;
    cartSetupSeconds: number;
    solo: Summary;
    checkout: Run & { failures: Record<string, number>; farmOrders: number; stockConsistent: boolean };
    baseline: Run & { statements: number };
  };
}

/** Orders placed one at a time first: the cost of one order without any queueing. */
const SOLO_ORDERS = 20;

/** Ample stock, so no order is refused for stock: what is measured is placing, not selling out. */
const AMPLE_STOCK = 10_000_000;

const ADDRESS = {
  recipientName: "Nguyễn Thu Hà",
  phone: "0912345678",
  provinceCode: "01",
  ward: "Phường Ba Đình",
  street: "12 Phố Điện Biên Phủ",
};

/** Runs `work(i)` for i in [0, n) on `concurrency` workers until done or `deadline` passes. */
async function pool(
  n: number,
  concurrency: number,
  deadline: number,
  work: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n && performance.now() < deadline) await work(next++);
    }),
  );
}

function toRun(latencies: number[], failed: number, seconds: number): Run {
  return {
    orders: latencies.length,
    failed,
    seconds,
    ordersPerSec: latencies.length / seconds,
    latency: summarise(latencies),
  };
}

export async function runCheckoutBench(opts: CheckoutBenchOptions): Promise<CheckoutBenchResult> {
  const { url, log, buyers } = opts;
  const rand = prng(20261129);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const db: Db = createDb(url, opts.dbPool);
  const pgPool = new pg.Pool({ connectionString: url, max: buyers });
  // pool.end() resolves before the sockets close; the bench's DROP DATABASE … WITH (FORCE) right after would
  // then surface as an unhandled 'error' on an idle client and kill the process.
  pgPool.on("error", () => {});
  try {
    // Products a buyer can put in a cart (approved, active farm), spread over farms so a cart of 2–3 lines
    // usually becomes 2–3 farm orders. md5 order: a spread over farms, not the newest listings.
    const picked = await admin.query<{ id: string }>(
      `SELECT p.id FROM "Product" p JOIN "Shop" s ON s.id = p."shopId"
        WHERE p."listingStatus" = 'approved' AND s.active
        ORDER BY md5(p.id) LIMIT $1`,
      [opts.products],
    );
    const productIds = picked.rows.map((r) => r.id);
    if (productIds.length < 3) throw new Error(`only ${productIds.length} purchasable products`);
    await admin.query(`UPDATE "Product" SET stock = $1 WHERE id = ANY($2)`, [AMPLE_STOCK, productIds]);

    // Each buyer's own guest cart with 1–3 distinct products. Built in two bulk inserts before the clock
    // starts: cart building is not what is measured, and addToCart one line at a time took ~40 s for 1,500
    // carts on 2 cores. The rows are what addToCart writes (guest token, lines at the current price).
    let t = performance.now();
    const prices = new Map(
      (
        await admin.query<{ id: string; priceVnd: number }>(
          `SELECT id, "priceVnd" FROM "Product" WHERE id = ANY($1)`,
          [productIds],
        )
      ).rows.map((r) => [r.id, r.priceVnd]),
    );
    const carts = Array.from({ length: opts.orders + SOLO_ORDERS }, () => {
      const n = 1 + Math.floor(rand() * 3);
      const chosen = new Set<string>();
      while (chosen.size < n) chosen.add(productIds[Math.floor(rand() * productIds.length)]!);
      const lines = [...chosen].map((productId) => ({
        productId,
        quantity: 1,
        priceVnd: prices.get(productId)!,
      }));
      const input = ZPlaceOrderInput.parse({
        idempotencyKey: randomUUID(),
        address: ADDRESS,
        paymentMethod: "cod",
        carriers: [],
        lines,
      });
      return { token: mintGuestToken(), input, units: lines.length };
    });
    await db.cart.createMany({ data: carts.map((c) => ({ guestToken: c.token })) });
    const cartIds = new Map(
      (
        await db.cart.findMany({
          where: { guestToken: { in: carts.map((c) => c.token) } },
          select: { id: true, guestToken: true },
        })
      ).map((c) => [c.guestToken!, c.id]),
    );
    await db.cartItem.createMany({
      data: carts.flatMap((c) =>
        c.input.lines.map((l) => ({
          cartId: cartIds.get(c.token)!,
          productId: l.productId,
          quantity: l.quantity,
          priceSeenVnd: l.priceVnd,
        })),
      ),
    });
    const cartSetupSeconds = (performance.now() - t) / 1000;
    log(`checkout: ${opts.orders} carts built in ${cartSetupSeconds.toFixed(1)} s; ${buyers} buyers placing`);

    // Warm the pool and the plans (not measured).
    await Promise.all(
      Array.from({ length: Math.min(buyers, 10) }, async () => {
        const token = mintGuestToken();
        const v = await addToCart(db, { kind: "guest", token }, { productId: productIds[0]!, quantity: 1 });
        await placeOrder(db, {
          buyer: { userId: null },
          cart: { kind: "guest", token },
          input: ZPlaceOrderInput.parse({
            idempotencyKey: randomUUID(),
            address: ADDRESS,
            lines: v.groups[0]!.lines.map((l) => ({
              productId: l.productId,
              quantity: 1,
              priceVnd: l.priceVnd,
            })),
          }),
        });
      }),
    );

    // One buyer alone: what a single order costs when nobody else is checking out.
    const soloMs: number[] = [];
    for (const cart of carts.slice(opts.orders)) {
      const s = performance.now();
      await placeOrder(db, {
        buyer: { userId: null },
        cart: { kind: "guest", token: cart.token },
        input: cart.input,
      });
      soloMs.push(performance.now() - s);
    }
    const solo = summarise(soloMs);

    const stockBefore = await sumStock(admin, productIds);
    const latencies: number[] = [];
    const failures: Record<string, number> = {};
    let farmOrders = 0;
    let unitsSold = 0;
    t = performance.now();
    await pool(opts.orders, buyers, t + opts.maxSeconds * 1000, async (i) => {
      const cart = carts[i]!;
      const s = performance.now();
      try {
        const r = await placeOrder(db, {
          buyer: { userId: null },
          cart: { kind: "guest", token: cart.token },
          input: cart.input,
        });
        latencies.push(performance.now() - s);
        farmOrders += r.orders.length;
        unitsSold += cart.units;
      } catch (e) {
        const reason = (e as { reason?: string }).reason ?? (e as Error).message.slice(0, 80);
        failures[reason] = (failures[reason] ?? 0) + 1;
      }
    });
    const checkoutSeconds = (performance.now() - t) / 1000;
    const failed = Object.values(failures).reduce((a, b) => a + b, 0);
    // Every unit sold left stock exactly once: no lost or doubled decrement under concurrency.
    const stockConsistent = stockBefore - (await sumStock(admin, productIds)) === unitsSold;
    const checkout = { ...toRun(latencies, failed, checkoutSeconds), failures, farmOrders, stockConsistent };
    log(
      `checkout: ${checkout.orders} orders (${farmOrders} farm orders) in ${checkoutSeconds.toFixed(1)} s, ` +
        `${checkout.ordersPerSec.toFixed(0)}/s, p95 ${checkout.latency.p95.toFixed(0)} ms, ${failed} failed`,
    );

    // One pool at a time: 50 Prisma connections plus 50 pg clients would crowd a server shared with others.
    await db.$disconnect();

    // Baseline: the same lines of the same orders, as the bare decrement in product-id order (the order
    // placeOrder locks rows in), one transaction per order, through raw pg.
    const sql = `UPDATE "Product" SET stock = stock - $1 WHERE id = $2 AND stock >= $1`;
    const warm = await pgPool.connect();
    await warm.query(sql, [0, productIds[0]]);
    warm.release();
    const baseLatencies: number[] = [];
    let baseFailed = 0;
    let statements = 0;
    // As many orders as the checkout run was asked for (same cap): the bare path is fast, and a longer run
    // is a steadier figure than repeating only the orders placeOrder got through.
    const n = opts.orders;
    t = performance.now();
    await pool(n, buyers, t + opts.maxSeconds * 1000, async (i) => {
      const lines = [...carts[i]!.input.lines].sort((a, b) => (a.productId < b.productId ? -1 : 1));
      const s = performance.now();
      const c = await pgPool.connect();
      try {
        await c.query("BEGIN");
        for (const l of lines) {
          const r = await c.query(sql, [l.quantity, l.productId]);
          statements++;
          if (r.rowCount !== 1) throw new Error("sold out");
        }
        await c.query("COMMIT");
        baseLatencies.push(performance.now() - s);
      } catch {
        baseFailed++;
        await c.query("ROLLBACK").catch(() => {});
      } finally {
        c.release();
      }
    });
    const baseline = { ...toRun(baseLatencies, baseFailed, (performance.now() - t) / 1000), statements };
    log(
      `checkout baseline: ${baseline.orders} bare decrements in ${baseline.seconds.toFixed(1)} s, ` +
        `${baseline.ordersPerSec.toFixed(0)}/s, p95 ${baseline.latency.p95.toFixed(1)} ms`,
    );

    const linesPerOrder =
      carts.slice(0, checkout.orders).reduce((s, c) => s + c.input.lines.length, 0) /
      Math.max(checkout.orders, 1);
    const ratio = checkout.ordersPerSec / baseline.ordersPerSec;
    const figures: Figure[] = [
      {
        section: "checkout",
        metric: `placeOrder, ${buyers} buyers, pool ${opts.dbPool} (${checkout.orders} orders, ${linesPerOrder.toFixed(1)} lines avg)`,
        value: checkout.ordersPerSec,
        unit: "orders/s",
        baseline: { label: "bare stock UPDATE via pg", value: baseline.ordersPerSec },
        ratio,
        note: [
          failed ? `${failed} failed: ${JSON.stringify(failures)}` : "",
          stockConsistent ? "" : "STOCK MISMATCH",
          checkout.orders < opts.orders ? `time cap: ${checkout.orders} of ${opts.orders}` : "",
        ]
          .filter(Boolean)
          .join("; "),
        ok: failed === 0 && stockConsistent ? undefined : false,
        target: failed === 0 && stockConsistent ? undefined : "no failures, stock consistent",
      },
      {
        section: "checkout",
        metric: `placeOrder, 1 buyer alone p50 (${solo.n} orders)`,
        value: solo.p50,
        unit: "ms",
      },
      {
        section: "checkout",
        metric: "placeOrder p50",
        value: checkout.latency.p50,
        unit: "ms",
        baseline: { label: "bare UPDATE p50", value: baseline.latency.p50 },
        ratio: checkout.latency.p50 / baseline.latency.p50,
      },
      {
        section: "checkout",
        metric: "placeOrder p95",
        value: checkout.latency.p95,
        unit: "ms",
        baseline: { label: "bare UPDATE p95", value: baseline.latency.p95 },
        ratio: checkout.latency.p95 / baseline.latency.p95,
      },
    ];
    return {
      figures,
      details: {
        buyers,
        dbPool: opts.dbPool,
        products: productIds.length,
        linesPerOrder,
        cartSetupSeconds,
        solo,
        checkout,
        baseline,
      },
    };
  } finally {
    await db.$disconnect();
    await pgPool.end();
    await admin.end();
  }
}

async function sumStock(c: pg.Client, ids: string[]): Promise<number> {
  const r = await c.query<{ s: string }>(`SELECT sum(stock)::bigint AS s FROM "Product" WHERE id = ANY($1)`, [
    ids,
  ]);
  return Number(r.rows[0]!.s);
}
