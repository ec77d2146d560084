import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "./services/audit/append-audit";
import { markCheckoutPaid } from "./services/payments/mark-checkout-paid";
import { callerAs } from "./test/callers";
import { type FakeStripe, startFakeStripe } from "./test/fake-stripe";
import {
  advanceOrderTo,
  createProduct,
  createShop,
  createUser,
  placeTestCheckout,
  stockOf,
  testDb,
} from "./test/payments-fixtures";

const db = testDb();
let fake: FakeStripe;
const savedEnv = { ...process.env };

beforeAll(async () => {
  fake = await startFakeStripe();
  Object.assign(process.env, fake.env());
});
afterAll(async () => {
  process.env = savedEnv;
  await fake.close();
  await db.$disconnect();
});

async function farm(stock = 20) {
  const owner = await createUser(db, { role: "seller", name: "Triệu Văn Sinh" });
  const shop = await createShop(db, owner.id);
  const product = await createProduct(db, shop.id, { stock });
  return { owner, shop, product };
}

describe("orders: who may see an order", () => {
  it("shows an order to its buyer's account, or to code + phone; NOT_FOUND for everyone else", async () => {
    const buyer = await createUser(db);
    const other = await createUser(db);
    const { product } = await farm();
    const { orders } = await placeTestCheckout(db, {
      method: "cod",
      buyerId: buyer.id,
      buyerPhone: buyer.phoneNumber!,
      lines: [{ productId: product.id, quantity: 1 }],
    });
    const code = orders[0].code;

    const mine = await callerAs(db, buyer).orders.byCode({ code: code.toLowerCase() });
    expect(mine.code).toBe(code);
    expect(mine.status).toBe("placed");
    expect(mine.items).toHaveLength(1);
    expect(mine.timeline.map((t) => t.to)).toEqual(["placed"]);
    expect(mine.shipment?.carrierName).toBe("Vietnam Post");

    await expect(callerAs(db, other).orders.byCode({ code })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerAs(db, null).orders.byCode({ code })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerAs(db, null).orders.byCode({ code, phone: "0912345678" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The guest types the number the local way.
    const local = `0${buyer.phoneNumber!.slice(3)}`;
    expect((await callerAs(db, null).orders.byCode({ code, phone: local })).code).toBe(code);
    await expect(callerAs(db, null).orders.byCode({ code, phone: "12345" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(callerAs(db, null).orders.byCode({ code: "'; drop table" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("lists only the signed-in buyer's orders, newest first; guests must sign in", async () => {
    const buyer = await createUser(db);
    const { product } = await farm();
    for (let i = 0; i < 3; i++) {
      await placeTestCheckout(db, {
        method: "cod",
        buyerId: buyer.id,
        lines: [{ productId: product.id, quantity: 1 }],
      });
    }
    await placeTestCheckout(db, { method: "cod", lines: [{ productId: product.id, quantity: 1 }] });
    const page = await callerAs(db, buyer).orders.list({ page: 1, pageSize: 2 });
    expect(page.total).toBe(3);
    expect(page.pageCount).toBe(2);
    expect(page.items).toHaveLength(2);
    expect(page.items[0].createdAt.getTime()).toBeGreaterThanOrEqual(page.items[1].createdAt.getTime());
    await expect(callerAs(db, null).orders.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("orders: cancellation", () => {
  it("cancels a COD order before shipping and returns its stock, once", async () => {
    const buyer = await createUser(db);
    const { product } = await farm(10);
    const { orders } = await placeTestCheckout(db, {
      method: "cod",
      buyerId: buyer.id,
      lines: [{ productId: product.id, quantity: 3 }],
    });
    await advanceOrderTo(db, orders[0].id, "packed");
    expect(await stockOf(db, product.id)).toBe(7);

    const r = await callerAs(db, buyer).orders.cancel({ code: orders[0].code, reason: "Đặt nhầm" });
    expect(r).toEqual({ cancelled: [orders[0].code], refundVnd: 0 });
    expect(await stockOf(db, product.id)).toBe(10);
    const detail = await callerAs(db, buyer).orders.byCode({ code: orders[0].code });
    expect(detail.status).toBe("cancelled");
    expect(detail.canCancel).toBe(false);
    expect(detail.cancelReason).toBe("Người mua hủy: Đặt nhầm");
    expect(detail.timeline.at(-1)).toMatchObject({ from: "packed", to: "cancelled" });

    await expect(callerAs(db, buyer).orders.cancel({ code: orders[0].code })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("không thể hủy"),
    });
    expect(await stockOf(db, product.id)).toBe(10);
    expect(await verifyAuditChain(db, "Order", orders[0].id)).toBe(true);
  });

  it("releases stock once when the buyer hammers cancel five times at once", async () => {
    const phone = "+84987654321";
    const { product } = await farm(10);
    const { orders } = await placeTestCheckout(db, {
      method: "cod",
      buyerPhone: phone,
      lines: [{ productId: product.id, quantity: 4 }],
    });
    const guest = callerAs(db, null);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => guest.orders.cancel({ code: orders[0].code, phone: "0987 654 321" })),
    );
    const ok = results.filter((r) => r.status === "fulfilled" && r.value.cancelled.length === 1);
    expect(ok).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    }
    expect(await stockOf(db, product.id)).toBe(10);
    expect(await db.orderStatusEvent.count({ where: { orderId: orders[0].id, to: "cancelled" } })).toBe(1);
  });

  it("refuses to cancel once the parcel has shipped", async () => {
    const buyer = await createUser(db);
    const { product } = await farm(10);
    const { orders } = await placeTestCheckout(db, {
      method: "cod",
      buyerId: buyer.id,
      lines: [{ productId: product.id, quantity: 1 }],
    });
    await advanceOrderTo(db, orders[0].id, "shipped");
    await expect(callerAs(db, buyer).orders.cancel({ code: orders[0].code })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `Đơn ${orders[0].code} đang ở trạng thái "Đang giao hàng", không thể hủy nữa`,
    });
    expect(await stockOf(db, product.id)).toBe(9);
  });

  it("cancelling an unpaid transfer order ends the whole checkout (every farm) and returns all stock", async () => {
    const buyer = await createUser(db);
    const a = await farm(10);
    const b = await farm(10);
    const { checkout, orders } = await placeTestCheckout(db, {
      method: "vietqr",
      buyerId: buyer.id,
      lines: [
        { productId: a.product.id, quantity: 2 },
        { productId: b.product.id, quantity: 5 },
      ],
      startPayment: true,
    });
    const detail = await callerAs(db, buyer).orders.byCode({ code: orders[0].code });
    expect(detail.cancelTakesAlong).toEqual([orders[1].code]);
    const r = await callerAs(db, buyer).orders.cancel({ code: orders[0].code });
    expect(r.cancelled.sort()).toEqual(orders.map((o) => o.code).sort());
    const after = await db.checkout.findUniqueOrThrow({
      where: { id: checkout.id },
      include: { payment: true, orders: true },
    });
    expect(after.status).toBe("cancelled");
    expect(after.payment!.status).toBe("expired");
    expect(after.orders.every((o) => o.status === "cancelled")).toBe(true);
    expect(await stockOf(db, a.product.id)).toBe(10);
    expect(await stockOf(db, b.product.id)).toBe(10);
  });

  it("cancelling an unpaid card order expires its Stripe session first", async () => {
    const buyer = await createUser(db);
    const { product } = await farm(10);
    const { orders, payment } = await placeTestCheckout(db, {
      method: "card",
      buyerId: buyer.id,
      lines: [{ productId: product.id, quantity: 1 }],
      startPayment: true,
    });
    await callerAs(db, buyer).orders.cancel({ code: orders[0].code });
    expect(fake.sessions.get(payment.providerRef!)!.status).toBe("expired");
    expect(await stockOf(db, product.id)).toBe(10);
  });

  it("cancelling a paid card order flags a refund of that order's total", async () => {
    const buyer = await createUser(db);
    const a = await farm(10);
    const b = await farm(10);
    const { checkout, orders, payment } = await placeTestCheckout(db, {
      method: "card",
      buyerId: buyer.id,
      lines: [
        { productId: a.product.id, quantity: 1 },
        { productId: b.product.id, quantity: 1 },
      ],
      startPayment: true,
    });
    await db.$transaction((tx) =>
      markCheckoutPaid(tx, { checkoutId: checkout.id, actor: { id: null, role: "stripe" }, source: "test" }),
    );
    const r = await callerAs(db, buyer).orders.cancel({ code: orders[0].code });
    expect(r).toEqual({ cancelled: [orders[0].code], refundVnd: orders[0].totalVnd });
    const detail = await callerAs(db, buyer).orders.byCode({ code: orders[0].code });
    expect(detail.refundNote).toContain("hoàn tiền");
    // The other farm's order is untouched.
    expect((await callerAs(db, buyer).orders.byCode({ code: orders[1].code })).status).toBe("placed");
    expect(
      await db.auditLog.count({
        where: { entityType: "Payment", entityId: payment.id, action: "payment.refund_due" },
      }),
    ).toBe(1);
    expect(await stockOf(db, a.product.id)).toBe(10);
    expect(await stockOf(db, b.product.id)).toBe(9);
  });
});

describe("orders: the farm moves its order along", () => {
  it("lets the owner and a helper advance their own shop's order, with a tracking code to ship", async () => {
    const buyer = await createUser(db);
    const { owner, shop, product } = await farm();
    const helper = await createUser(db, { role: "seller", name: "Hoàng Thị Mai" });
    await db.shopHelper.create({ data: { shopId: shop.id, userId: helper.id, grantedById: owner.id } });
    const { orders } = await placeTestCheckout(db, {
      method: "cod",
      buyerId: buyer.id,
      lines: [{ productId: product.id, quantity: 1 }],
    });
    const code = orders[0].code;

    expect(await callerAs(db, owner).orders.sellerAdvance({ code, to: "accepted" })).toMatchObject({
      changed: true,
    });
    // Repeating a step is harmless.
    expect(await callerAs(db, owner).orders.sellerAdvance({ code, to: "accepted" })).toMatchObject({
      changed: false,
    });
    await callerAs(db, helper).orders.sellerAdvance({ code, to: "packed" });
    await expect(callerAs(db, helper).orders.sellerAdvance({ code, to: "shipped" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("mã vận đơn"),
    });
    await callerAs(db, helper).orders.sellerAdvance({
      code,
      to: "shipped",
      trackingCode: "VN123456789",
      carrier: "ghn",
    });
    const shipped = await callerAs(db, buyer).orders.byCode({ code });
    expect(shipped.shipment).toMatchObject({
      trackingCode: "VN123456789",
      carrier: "ghn",
      carrierName: "GHN",
      status: "in_transit",
    });
    expect(shipped.canCancel).toBe(false);
    await callerAs(db, owner).orders.sellerAdvance({ code, to: "delivered" });
    const done = await callerAs(db, buyer).orders.byCode({ code });
    expect(done.timeline.map((t) => t.to)).toEqual(["placed", "accepted", "packed", "shipped", "delivered"]);
    expect(done.shipment?.status).toBe("delivered");
    expect(done.canRate).toBe(true);
    const audits = await db.auditLog.findMany({
      where: { entityType: "Order", entityId: orders[0].id },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["order.accepted", owner.id],
      ["order.packed", helper.id],
      ["order.shipped", helper.id],
      ["order.delivered", owner.id],
    ]);
    expect(await verifyAuditChain(db, "Order", orders[0].id)).toBe(true);
  });

  it("refuses other farms, buyers and illegal steps with clear errors", async () => {
    const { product } = await farm();
    const stranger = await farm();
    const buyer = await createUser(db);
    const { orders } = await placeTestCheckout(db, {
      method: "cod",
      buyerId: buyer.id,
      lines: [{ productId: product.id, quantity: 1 }],
    });
    const code = orders[0].code;
    await expect(
      callerAs(db, stranger.owner).orders.sellerAdvance({ code, to: "accepted" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerAs(db, buyer).orders.sellerAdvance({ code, to: "accepted" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const owner = await db.user.findFirstOrThrow({
      where: { shops: { some: { products: { some: { id: product.id } } } } },
    });
    await expect(callerAs(db, owner).orders.sellerAdvance({ code, to: "delivered" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `Không thể chuyển đơn ${code} từ "Đã đặt hàng" sang "Đã giao hàng"`,
    });
    await expect(
      callerAs(db, owner).orders.sellerAdvance({ code, to: "refunded" as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.order.findUniqueOrThrow({ where: { id: orders[0].id } })).status).toBe("placed");
  });
});

describe("bank transfers: admin marks them received", () => {
  it("marks the payment paid and the orders placed, idempotently, with audit entries", async () => {
    const admin = await createUser(db, { role: "admin", name: "Phạm Quốc Bảo" });
    const seller = await createUser(db, { role: "seller" });
    const a = await farm();
    const b = await farm();
    const { checkout, orders, payment } = await placeTestCheckout(db, {
      method: "vietqr",
      lines: [
        { productId: a.product.id, quantity: 1 },
        { productId: b.product.id, quantity: 1 },
      ],
      startPayment: true,
    });
    const pending = await callerAs(db, admin).orders.pendingTransfers();
    expect(pending.find((p) => p.checkoutCode === checkout.code)).toMatchObject({
      amountVnd: checkout.totalVnd,
      transferNote: checkout.code,
    });

    await expect(
      callerAs(db, seller).orders.markTransferReceived({ checkoutCode: checkout.code }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const results = await Promise.all([
      callerAs(db, admin).orders.markTransferReceived({ checkoutCode: checkout.code }),
      callerAs(db, admin).orders.markTransferReceived({ checkoutCode: checkout.code.toLowerCase() }),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["already_paid", "paid"]);
    expect(
      (await callerAs(db, admin).orders.markTransferReceived({ checkoutCode: checkout.code })).outcome,
    ).toBe("already_paid");

    const after = await db.checkout.findUniqueOrThrow({
      where: { id: checkout.id },
      include: { payment: true, orders: true },
    });
    expect(after.status).toBe("placed");
    expect(after.payment!.status).toBe("paid");
    expect(after.payment!.paidAt).not.toBeNull();
    expect(after.orders.map((o) => o.status)).toEqual(["placed", "placed"]);
    const paymentAudit = await db.auditLog.findMany({
      where: { entityType: "Payment", entityId: payment.id },
    });
    expect(paymentAudit.map((x) => [x.action, x.actorId, x.actorRole])).toEqual([
      ["payment.paid", admin.id, "admin"],
    ]);
    for (const o of orders) {
      const audit = await db.auditLog.findMany({ where: { entityType: "Order", entityId: o.id } });
      expect(audit.map((x) => x.action)).toEqual(["order.placed"]);
    }
    expect(
      (await callerAs(db, admin).orders.pendingTransfers()).find((p) => p.checkoutCode === checkout.code),
    ).toBeUndefined();
  });

  it("refuses unknown codes and non-transfer checkouts", async () => {
    const admin = await createUser(db, { role: "admin" });
    const { product } = await farm();
    const cod = await placeTestCheckout(db, {
      method: "cod",
      lines: [{ productId: product.id, quantity: 1 }],
    });
    await expect(
      callerAs(db, admin).orders.markTransferReceived({ checkoutCode: "CPNOSUCH1" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      callerAs(db, admin).orders.markTransferReceived({ checkoutCode: cod.checkout.code }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
