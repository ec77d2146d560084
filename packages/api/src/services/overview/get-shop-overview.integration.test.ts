import type { SessionUser } from "@cho-phien/auth";
import type { Db } from "@cho-phien/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "../../test/auth-fixtures";
import {
  addHelper,
  createListing,
  createOrder,
  createShopFor,
  orderTestDb,
  sellerCaller,
} from "../../test/order-fixtures";

/**
 * overview.forShop: every figure is recomputed here, in plain TypeScript, from the rows of the Order and
 * Product tables, and must agree with the SQL aggregates to the đồng. The rules are restated independently
 * (docs/seller-overview.md): revenue = totals of orders not pending_payment / cancelled / refunded, by the
 * Vietnam (UTC+7) day they were placed, over the last 30 days including today.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Vietnam day of an instant, computed without the app's helpers: UTC+7 all year. */
const vnDay = (d: Date) => new Date(d.getTime() + 7 * HOUR).toISOString().slice(0, 10);
/** hh:mm Vietnam time, `daysAgo` days before today (Vietnam). */
function vnAt(daysAgo: number, hh: number, mm: number): Date {
  const midnightUtc = new Date(`${vnDay(new Date())}T00:00:00.000Z`).getTime() - 7 * HOUR;
  return new Date(midnightUtc - daysAgo * DAY + (hh * 60 + mm) * 60_000);
}
/** Today, a little before now, never before today's midnight. */
const earlierToday = () => new Date(Math.max(vnAt(0, 0, 0).getTime(), Date.now() - 60_000));

const REVENUE = new Set(["placed", "accepted", "packed", "shipped", "delivered", "completed"]);
const WAITING = ["placed", "accepted", "packed", "shipped"] as const;

let db: Db;
let farmer: SessionUser;
let helper: SessionUser;
let revokedHelper: SessionUser;
let otherFarmer: SessionUser;
let admin: SessionUser;
let shop: { id: string; name: string };
let otherShop: { id: string; name: string };

function codeOf(e: unknown): string | undefined {
  return e instanceof TRPCError ? e.code : undefined;
}

beforeAll(async () => {
  db = orderTestDb();
  farmer = await createTestUser(db, { role: "seller", name: "Triệu Văn Sinh" });
  otherFarmer = await createTestUser(db, { role: "seller", name: "Nhà vườn khác" });
  admin = await createTestUser(db, { role: "admin" });
  shop = await createShopFor(db, farmer, "Ớt Đại Dực");
  otherShop = await createShopFor(db, otherFarmer, "Chè Ba Chẽ");
  helper = await addHelper(db, shop.id, farmer);
  revokedHelper = await addHelper(db, shop.id, farmer, { revoked: true });

  const L = (title: string, o: Parameters<typeof createListing>[2] extends infer T ? Partial<T> : never) =>
    createListing(db, shop.id, { title, ...o });
  const chili = await L("Ớt chào mào", { priceVnd: 120_000, stock: 3 });
  const tea = await L("Chè hoa vàng", { priceVnd: 450_000, stock: 5 });
  const honey = await L("Mật ong bạc hà", { priceVnd: 300_000, stock: 6, unit: "hộp" });
  const ginger = await L("Gừng núi", { priceVnd: 40_000, stock: 0, listingStatus: "submitted" });
  const cinnamon = await L("Quế Văn Yên", {
    priceVnd: 85_000,
    stock: 1,
    listingStatus: "changes_requested",
    reviewNote: "Ảnh bị mờ, vui lòng chụp lại",
  });
  const pepper = await L("Tiêu rừng", { priceVnd: 95_000, stock: 0, listingStatus: "draft" });
  await L("Măng khô", { stock: 0, listingStatus: "archived" });
  await L("Nấm hương", { stock: 2, listingStatus: "rejected", reviewNote: "Không phải sản phẩm nông sản" });
  await L("Hồng không hạt", { stock: 40, revisionSubmittedAt: new Date() });
  const otherTea = await createListing(db, otherShop.id, { title: "Chè khác", priceVnd: 200_000, stock: 1 });

  const O = (spec: Omit<Parameters<typeof createOrder>[1], "shopId">) =>
    createOrder(db, { shopId: shop.id, ...spec });
  await O({ status: "placed", createdAt: earlierToday(), lines: [{ product: chili, quantity: 2 }] });
  await O({
    status: "pending_payment",
    method: "vietqr",
    createdAt: earlierToday(),
    lines: [{ product: tea, quantity: 1 }],
  });
  await O({ status: "cancelled", createdAt: earlierToday(), lines: [{ product: chili, quantity: 5 }] });
  // 23:59 yesterday and 00:00 the day before: the Vietnam day, not the UTC one, decides the bar.
  await O({ status: "delivered", createdAt: vnAt(1, 23, 59), lines: [{ product: honey, quantity: 1 }] });
  const partial = await O({
    status: "completed",
    createdAt: vnAt(2, 0, 0),
    lines: [
      { product: honey, quantity: 1 },
      { product: chili, quantity: 1 },
    ],
  });
  await db.order.update({
    where: { id: partial.id },
    data: { codCollectedVnd: partial.totalVnd - 20_000, codCollectedAt: vnAt(1, 9, 0) },
  });
  await O({
    status: "shipped",
    method: "vietqr",
    createdAt: vnAt(5, 14, 30),
    lines: [{ product: tea, quantity: 2 }],
  });
  await O({
    status: "refunded",
    method: "card",
    createdAt: vnAt(10, 8, 0),
    lines: [{ product: tea, quantity: 3 }],
  });
  const oldest = await O({
    status: "delivered",
    createdAt: vnAt(29, 0, 5),
    lines: [{ product: ginger, quantity: 4 }],
  });
  await db.order.update({
    where: { id: oldest.id },
    data: { codCollectedVnd: oldest.totalVnd, codCollectedAt: vnAt(27, 10, 0) },
  });
  // 31 days before tomorrow: just outside the 30 days.
  await O({ status: "completed", createdAt: vnAt(30, 23, 55), lines: [{ product: chili, quantity: 10 }] });
  await O({
    status: "accepted",
    createdAt: vnAt(15, 12, 0),
    lines: [
      { product: cinnamon, quantity: 1 },
      { product: pepper, quantity: 1 },
      { product: chili, quantity: 1 },
    ],
  });
  await O({
    status: "packed",
    method: "card",
    createdAt: vnAt(3, 7, 0),
    lines: [{ product: honey, quantity: 2 }],
  });
  await O({
    status: "delivered",
    method: "vietqr",
    createdAt: vnAt(7, 7, 0),
    lines: [{ product: ginger, quantity: 1 }],
  });
  // Another farm's orders never count here.
  await createOrder(db, {
    shopId: otherShop.id,
    status: "delivered",
    lines: [{ product: otherTea, quantity: 9 }],
  });
});
afterAll(async () => {
  await db.$disconnect();
});

/** Every figure of the overview, computed from the table rows. */
async function expectedFigures(shopId: string) {
  const orders = await db.order.findMany({
    where: { shopId },
    include: { items: true, checkout: { select: { paymentMethod: true } } },
  });
  const days = Array.from({ length: 30 }, (_, i) => vnDay(new Date(Date.now() - (29 - i) * DAY)));
  const inWindow = orders.filter((o) => days.includes(vnDay(o.createdAt)));
  const revenueOrders = inWindow.filter((o) => REVENUE.has(o.status));
  const daily = days.map((day) => {
    const of = revenueOrders.filter((o) => vnDay(o.createdAt) === day);
    return { day, revenueVnd: of.reduce((s, o) => s + o.totalVnd, 0), orders: of.length };
  });

  const sold = new Map<string, { quantity: number; revenueVnd: number }>();
  for (const o of revenueOrders) {
    for (const i of o.items) {
      const s = sold.get(i.productId) ?? { quantity: 0, revenueVnd: 0 };
      sold.set(i.productId, { quantity: s.quantity + i.quantity, revenueVnd: s.revenueVnd + i.lineVnd });
    }
  }
  const products = await db.product.findMany({ where: { shopId } });
  const product = (id: string) => products.find((p) => p.id === id)!;
  const bestSellers = [...sold.entries()]
    .map(([productId, s]) => ({
      productId,
      title: product(productId).title,
      unit: product(productId).unit,
      ...s,
    }))
    .sort(
      (a, b) =>
        b.quantity - a.quantity ||
        b.revenueVnd - a.revenueVnd ||
        (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
    )
    .slice(0, 5);

  const cod = inWindow.filter(
    (o) => o.checkout.paymentMethod === "cod" && (o.status === "delivered" || o.status === "completed"),
  );
  const notCollected = cod.filter((o) => o.codCollectedAt === null);
  const collected = cod.filter((o) => o.codCollectedAt !== null);

  const waitingBy = Object.fromEntries(WAITING.map((s) => [s, orders.filter((o) => o.status === s).length]));
  return {
    daily,
    totalVnd: daily.reduce((s, d) => s + d.revenueVnd, 0),
    newOrdersToday: daily[29]!.orders,
    bestSellers,
    cod: {
      expectedVnd: notCollected.reduce((s, o) => s + o.totalVnd, 0),
      expectedOrders: notCollected.length,
      collectedVnd: collected.reduce((s, o) => s + (o.codCollectedVnd ?? 0), 0),
      collectedOrders: collected.length,
    },
    waiting: { total: Object.values(waitingBy).reduce((s, n) => s + n, 0), byStatus: waitingBy },
    lowStock: products
      .filter((p) => (p.listingStatus === "approved" || p.listingStatus === "submitted") && p.stock <= 5)
      .map((p) => p.title)
      .sort(),
    awaitingReview: products
      .filter(
        (p) =>
          p.listingStatus === "submitted" ||
          (p.listingStatus === "approved" && p.revisionSubmittedAt !== null),
      )
      .map((p) => p.title)
      .sort(),
    needsChanges: products
      .filter((p) => p.listingStatus === "changes_requested")
      .map((p) => ({ title: p.title, reviewNote: p.reviewNote })),
  };
}

describe("overview.forShop", () => {
  it("agrees with the orders and products tables to the đồng", async () => {
    const o = await sellerCaller(db, farmer).overview.forShop({ shopId: shop.id });
    const e = await expectedFigures(shop.id);

    expect(o.shop).toEqual(shop);
    expect(o.days).toBe(30);
    expect(o.today).toBe(vnDay(new Date()));
    expect(o.revenue.daily).toEqual(e.daily);
    expect(o.revenue.totalVnd).toBe(e.totalVnd);
    expect(o.revenue.orders).toBe(e.daily.reduce((s, d) => s + d.orders, 0));
    expect(o.newOrdersToday).toBe(e.newOrdersToday);
    expect(o.bestSellers).toEqual(e.bestSellers);
    expect(o.cod).toEqual(e.cod);
    expect(o.waiting).toEqual(e.waiting);
    expect(o.lowStock.items.map((p) => p.title).sort()).toEqual(e.lowStock);
    expect(o.lowStock.total).toBe(e.lowStock.length);
    expect(o.awaitingReview.items.map((p) => p.title).sort()).toEqual(e.awaitingReview);
    expect(o.needsChanges.items.map(({ title, reviewNote }) => ({ title, reviewNote }))).toEqual(
      e.needsChanges,
    );
  });

  it("reads the figures the scenario was built to give (the rules, spelled out)", async () => {
    const o = await sellerCaller(db, farmer).overview.forShop({ shopId: shop.id });
    // Today: the placed order only (pending payment and cancelled are not revenue).
    expect(o.newOrdersToday).toBe(1);
    expect(o.revenue.daily.at(-1)).toMatchObject({ orders: 1, revenueVnd: 2 * 120_000 + 30_000 });
    // 23:59 yesterday and 00:00 the day before land on their own Vietnam days.
    expect(o.revenue.daily.at(-2)).toMatchObject({ orders: 1, revenueVnd: 330_000 });
    expect(o.revenue.daily.at(-3)).toMatchObject({ orders: 1, revenueVnd: 450_000 });
    // The first day of the window is in, the day before it is not (its 10 kg of chili would top the best sellers).
    expect(o.revenue.daily[0]).toMatchObject({ orders: 1, revenueVnd: 4 * 40_000 + 30_000 });
    // By quantity; honey and chili tie at 4 and honey brought in more; cinnamon and pepper tie at 1 and
    // pepper's price is higher, so cinnamon is the sixth and not shown.
    expect(o.bestSellers.map((b) => [b.title, b.quantity, b.revenueVnd])).toEqual([
      ["Gừng núi", 5, 200_000],
      ["Mật ong bạc hà", 4, 1_200_000],
      ["Ớt chào mào", 4, 480_000],
      ["Chè hoa vàng", 2, 900_000],
      ["Tiêu rừng", 1, 95_000],
    ]);
    // COD: the delivered one is expected; the two recorded ones (one short by 20.000 ₫) are collected.
    expect(o.cod).toEqual({
      expectedVnd: 330_000,
      expectedOrders: 1,
      collectedVnd: 450_000 - 20_000 + 190_000,
      collectedOrders: 2,
    });
    expect(o.waiting).toEqual({ total: 4, byStatus: { placed: 1, accepted: 1, packed: 1, shipped: 1 } });
    expect(o.lowStock.items.map((p) => [p.title, p.stock])).toEqual([
      ["Gừng núi", 0],
      ["Ớt chào mào", 3],
      ["Chè hoa vàng", 5],
    ]);
    expect(o.awaitingReview.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: "Gừng núi", revision: false }),
        expect.objectContaining({ title: "Hồng không hạt", revision: true }),
      ]),
    );
    expect(o.needsChanges.items).toEqual([
      expect.objectContaining({ title: "Quế Văn Yên", reviewNote: "Ảnh bị mờ, vui lòng chụp lại" }),
    ]);
  });

  it("gives an accepted helper and an admin the same figures as the owner", async () => {
    const owner = await sellerCaller(db, farmer).overview.forShop({ shopId: shop.id });
    expect(await sellerCaller(db, helper).overview.forShop({ shopId: shop.id })).toEqual(owner);
    expect(await sellerCaller(db, admin).overview.forShop({ shopId: shop.id })).toEqual(owner);
  });

  it("answers another farm's shop, a revoked helper and an unknown id with NOT_FOUND alike", async () => {
    const tries = [
      () => sellerCaller(db, otherFarmer).overview.forShop({ shopId: shop.id }),
      () => sellerCaller(db, revokedHelper).overview.forShop({ shopId: shop.id }),
      () => sellerCaller(db, farmer).overview.forShop({ shopId: otherShop.id }),
      () => sellerCaller(db, farmer).overview.forShop({ shopId: "khong-co-gian-hang-nay" }),
    ];
    for (const t of tries) {
      const e = await t().catch((x: unknown) => x);
      expect(codeOf(e)).toBe("NOT_FOUND");
      expect((e as TRPCError).message).toBe("Không tìm thấy gian hàng bạn quản lý");
    }
  });

  it("refuses a missing shop id with a Vietnamese BAD_REQUEST, not a 500", async () => {
    const e = await sellerCaller(db, farmer)
      .overview.forShop({ shopId: "  " })
      .catch((x: unknown) => x);
    expect(codeOf(e)).toBe("BAD_REQUEST");
    expect((e as TRPCError).message).toContain("Vui lòng chọn gian hàng");
  });

  it("shows a shop without orders as zeros on every day", async () => {
    const empty = await createShopFor(db, otherFarmer, "Gian hàng mới");
    const o = await sellerCaller(db, otherFarmer).overview.forShop({ shopId: empty.id });
    expect(o.revenue.daily).toHaveLength(30);
    expect(o.revenue.daily.every((d) => d.revenueVnd === 0 && d.orders === 0)).toBe(true);
    expect(o).toMatchObject({
      newOrdersToday: 0,
      revenue: { totalVnd: 0, orders: 0 },
      bestSellers: [],
      cod: { expectedVnd: 0, expectedOrders: 0, collectedVnd: 0, collectedOrders: 0 },
      waiting: { total: 0 },
      lowStock: { total: 0, items: [] },
    });
  });
});
