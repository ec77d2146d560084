import type { SessionUser } from "@cho-phien/auth";
import type { Db } from "@cho-phien/db";
import { formatVnd } from "@cho-phien/validators/money";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "../../test/auth-fixtures";
import {
  addHelper,
  createListing,
  createOrder,
  createShopFor,
  type OrderSpec,
  orderTestDb,
  sellerCaller,
} from "../../test/order-fixtures";
import { verifyAuditChain } from "../audit/append-audit";

/**
 * orders.recordCashCollected: the farm (owner or helper) records the cash the carrier handed over for a
 * delivered cash-on-delivery order; the overview's "collected" follows. Wrong status, prepaid orders, other
 * farms' orders and amounts above the total are refused with a clear Vietnamese message.
 */

const HOUR = 3_600_000;
const vnDay = (d: Date) => new Date(d.getTime() + 7 * HOUR).toISOString().slice(0, 10);

let db: Db;
let farmer: SessionUser;
let helper: SessionUser;
let otherFarmer: SessionUser;
let shop: { id: string; name: string };
let listing: Awaited<ReturnType<typeof createListing>>;

const order = (over: Partial<OrderSpec> = {}) =>
  createOrder(db, {
    shopId: shop.id,
    status: "delivered",
    createdAt: new Date(Date.now() - 3 * 24 * HOUR),
    lines: [{ product: listing, quantity: 2 }],
    ...over,
  });

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e, "the call was accepted").toBeInstanceOf(TRPCError);
  return { code: (e as TRPCError).code, message: (e as TRPCError).message };
}

const auditOf = (orderId: string) =>
  db.auditLog.findMany({ where: { entityType: "Order", entityId: orderId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = orderTestDb();
  farmer = await createTestUser(db, { role: "seller", name: "Triệu Văn Sinh" });
  otherFarmer = await createTestUser(db, { role: "seller", name: "Nhà vườn khác" });
  shop = await createShopFor(db, farmer, "Ớt Đại Dực");
  helper = await addHelper(db, shop.id, farmer);
  listing = await createListing(db, shop.id, { title: "Ớt chào mào", priceVnd: 120_000 });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("orders.recordCashCollected", () => {
  it("records the cash of a delivered COD order, audited with the owner's role and the shop", async () => {
    const o = await order();
    const today = vnDay(new Date());
    const before = Date.now();
    const r = await sellerCaller(db, farmer).orders.recordCashCollected({
      code: o.code,
      amountVnd: o.totalVnd,
      collectedAt: today,
    });
    expect(r).toMatchObject({ code: o.code, codCollectedVnd: 270_000, changed: true });
    // "Today" is stored as now: never in the future, never before a same-day order.
    expect(r.codCollectedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(r.codCollectedAt.getTime()).toBeLessThanOrEqual(Date.now());

    const row = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(row).toMatchObject({ codCollectedVnd: 270_000, codCollectedAt: r.codCollectedAt });
    const audit = await auditOf(o.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: farmer.id,
      actorRole: "owner",
      action: "order.cod_collected",
      data: { shopId: shop.id, orderCode: o.code, amountVnd: 270_000, previous: null },
    });
    expect(await verifyAuditChain(db, "Order", o.id)).toBe(true);
  });

  it("lets a helper record by order id, audited as helper; a past day is kept as that day", async () => {
    const o = await order({ status: "completed" });
    const day = vnDay(new Date(Date.now() - 24 * HOUR));
    const r = await sellerCaller(db, helper).orders.recordCashCollected({
      orderId: o.id,
      amountVnd: 250_000,
      collectedAt: day,
    });
    expect(vnDay(r.codCollectedAt)).toBe(day);
    expect((await auditOf(o.id))[0]).toMatchObject({ actorId: helper.id, actorRole: "helper" });
    // The helper's last action shows to the farmer.
    const grant = await db.shopHelper.findUniqueOrThrow({
      where: { shopId_userId: { shopId: shop.id, userId: helper.id } },
    });
    expect(grant.lastActedAt).not.toBeNull();
  });

  it("changes nothing on a repeated submit, and replaces a corrected figure with an audit entry", async () => {
    const o = await order();
    const api = sellerCaller(db, farmer);
    const today = vnDay(new Date());
    const first = await api.orders.recordCashCollected({
      code: o.code,
      amountVnd: 200_000,
      collectedAt: today,
    });
    const again = await api.orders.recordCashCollected({
      code: o.code,
      amountVnd: 200_000,
      collectedAt: today,
    });
    expect(again).toEqual({ ...first, changed: false });
    expect(await auditOf(o.id)).toHaveLength(1);

    const fixed = await api.orders.recordCashCollected({
      code: o.code,
      amountVnd: 270_000,
      collectedAt: today,
    });
    expect(fixed).toMatchObject({ codCollectedVnd: 270_000, changed: true });
    const audit = await auditOf(o.id);
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      action: "order.cod_collected_corrected",
      data: { amountVnd: 270_000, previous: { amountVnd: 200_000 } },
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).codCollectedVnd).toBe(270_000);
  });

  it("shows in the overview as collected instead of expected", async () => {
    const fresh = await createShopFor(db, farmer, "Gian hàng thứ hai");
    const p = await createListing(db, fresh.id, { title: "Chè", priceVnd: 100_000 });
    const a = await createOrder(db, {
      shopId: fresh.id,
      status: "delivered",
      lines: [{ product: p, quantity: 1 }],
    });
    await createOrder(db, { shopId: fresh.id, status: "delivered", lines: [{ product: p, quantity: 2 }] });
    const api = sellerCaller(db, farmer);
    expect((await api.overview.forShop({ shopId: fresh.id })).cod).toEqual({
      expectedVnd: 130_000 + 230_000,
      expectedOrders: 2,
      collectedVnd: 0,
      collectedOrders: 0,
    });
    await api.orders.recordCashCollected({
      code: a.code,
      amountVnd: 125_000,
      collectedAt: vnDay(new Date()),
    });
    expect((await api.overview.forShop({ shopId: fresh.id })).cod).toEqual({
      expectedVnd: 230_000,
      expectedOrders: 1,
      collectedVnd: 125_000,
      collectedOrders: 1,
    });
    // The order list shows it on the card, and offers the form only on delivered COD orders.
    const prepaid = await createOrder(db, {
      shopId: fresh.id,
      status: "delivered",
      method: "vietqr",
      lines: [{ product: p, quantity: 1 }],
    });
    const shipped = await createOrder(db, {
      shopId: fresh.id,
      status: "shipped",
      lines: [{ product: p, quantity: 1 }],
    });
    const list = await api.orders.forSeller({ shopId: fresh.id });
    const card = (code: string) => list.items.find((x) => x.code === code)!;
    expect(card(a.code)).toMatchObject({ canRecordCash: true, codCollected: { amountVnd: 125_000 } });
    expect(card(prepaid.code)).toMatchObject({ canRecordCash: false, codCollected: null });
    expect(card(shipped.code)).toMatchObject({ canRecordCash: false, codCollected: null });
  });

  it("refuses an order not yet delivered (CONFLICT) and a prepaid order (BAD_REQUEST)", async () => {
    const api = sellerCaller(db, farmer);
    const today = vnDay(new Date());
    for (const status of ["placed", "shipped", "cancelled", "refunded"] as const) {
      const o = await order({ status });
      const r = await refusal(
        api.orders.recordCashCollected({ code: o.code, amountVnd: 1000, collectedAt: today }),
      );
      expect(r.code, status).toBe("CONFLICT");
      expect(r.message).toContain("Chỉ ghi nhận tiền thu hộ khi đơn đã giao đến người mua");
    }
    const prepaid = await order({ method: "vietqr" });
    const r = await refusal(
      api.orders.recordCashCollected({ code: prepaid.code, amountVnd: 1000, collectedAt: today }),
    );
    expect(r).toEqual({
      code: "BAD_REQUEST",
      message: `Đơn ${prepaid.code} được thanh toán trước, không có tiền thu hộ (COD) để ghi nhận.`,
    });
    const untouched = await db.order.findUniqueOrThrow({ where: { id: prepaid.id } });
    expect(untouched).toMatchObject({ codCollectedVnd: null, codCollectedAt: null });
  });

  it("answers another farm's seller with NOT_FOUND, like an unknown code, and changes nothing", async () => {
    const o = await order();
    const today = vnDay(new Date());
    for (const p of [
      () =>
        sellerCaller(db, otherFarmer).orders.recordCashCollected({
          code: o.code,
          amountVnd: 1000,
          collectedAt: today,
        }),
      () =>
        sellerCaller(db, otherFarmer).orders.recordCashCollected({
          orderId: o.id,
          amountVnd: 1000,
          collectedAt: today,
        }),
      () =>
        sellerCaller(db, farmer).orders.recordCashCollected({
          code: "CPKHONGCO-1",
          amountVnd: 1000,
          collectedAt: today,
        }),
    ]) {
      expect(await refusal(p())).toEqual({
        code: "NOT_FOUND",
        message: "Không tìm thấy đơn hàng của gian hàng bạn quản lý",
      });
    }
    expect(await db.order.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({
      codCollectedVnd: null,
    });
    expect(await auditOf(o.id)).toHaveLength(0);
  });

  it("refuses an amount above the order's total, a negative or fractional amount, and impossible dates", async () => {
    const o = await order();
    const api = sellerCaller(db, farmer);
    const today = vnDay(new Date());
    expect(
      await refusal(
        api.orders.recordCashCollected({ code: o.code, amountVnd: o.totalVnd + 1, collectedAt: today }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      message: `Số tiền đã thu (${formatVnd(270_001)}) không được lớn hơn tổng đơn (${formatVnd(270_000)}).`,
    });
    const cases: [unknown, unknown, string][] = [
      [-1, today, "Số tiền đã thu không được âm"],
      [1000.5, today, "Số tiền tính bằng đồng, không có phần lẻ"],
      ["abc", today, "Số tiền đã thu phải là số"],
      [1000, vnDay(new Date(Date.now() + 48 * HOUR)), "Ngày thu tiền không được sau hôm nay"],
      [1000, new Date(Date.now() + 2 * HOUR), "Ngày thu tiền không được sau hôm nay"],
      [1000, "2026-02-30", "Ngày thu tiền không hợp lệ"],
      [1000, "", "Vui lòng chọn ngày thu tiền"],
    ];
    for (const [amountVnd, collectedAt, message] of cases) {
      const r = await refusal(
        api.orders.recordCashCollected({ code: o.code, amountVnd, collectedAt } as never),
      );
      expect(r.code, message).toBe("BAD_REQUEST");
      expect(r.message).toContain(message);
    }
    // Before the order was placed (three days ago): refused, with the order's date.
    const early = await refusal(
      api.orders.recordCashCollected({
        code: o.code,
        amountVnd: 1000,
        collectedAt: vnDay(new Date(o.createdAt.getTime() - 24 * HOUR)),
      }),
    );
    expect(early.code).toBe("BAD_REQUEST");
    expect(early.message).toContain("Ngày thu tiền không được trước ngày đặt đơn");
    expect(await db.order.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({
      codCollectedVnd: null,
    });
  });

  it("records zero đồng (the carrier handed over nothing) as collected", async () => {
    const o = await order();
    const r = await sellerCaller(db, farmer).orders.recordCashCollected({
      code: o.code,
      amountVnd: 0,
      collectedAt: vnDay(new Date()),
    });
    expect(r).toMatchObject({ codCollectedVnd: 0, changed: true });
  });
});
