import { formatVnd } from "@cho-phien/validators/money";
import { afterAll, describe, expect, it } from "vitest";
import { callerAs } from "../../test/callers";
import {
  createFarm,
  createProduct as createListedProduct,
  guest,
  placeInput,
} from "../../test/checkout-fixtures";
import {
  advanceOrderTo,
  createProduct,
  createShop,
  createUser,
  placeTestCheckout,
  stockOf,
  testDb,
} from "../../test/payments-fixtures";
import { cancelUnacceptedCodOrders } from "../jobs/cancel-unaccepted-orders";
import { renderNotificationText } from "../notifications/notification-sender";
import { markCheckoutPaid } from "../payments/mark-checkout-paid";
import { ORDER_TX, SYSTEM_ACTOR } from "./transaction-options";

/**
 * orders.sellerDecline: the farm says no to an order (or cancels one it accepted) before it ships, with a
 * reason the buyer reads; stock goes back exactly once; a paid order is flagged for refund. Also the farm's
 * new-order notification and the automatic cancel of COD orders the farm never accepts.
 */

const db = testDb();
afterAll(async () => {
  await db.$disconnect();
});

const REASON = "Vườn bị sương muối, ớt hỏng hết rồi ạ";

async function farm(stock = 20) {
  const owner = await createUser(db, { role: "seller", name: "Triệu Văn Sinh" });
  const shop = await createShop(db, owner.id);
  const product = await createProduct(db, shop.id, { stock });
  return { owner, shop, product };
}

async function codOrder(productId: string, quantity: number, buyerId?: string) {
  const placed = await placeTestCheckout(db, {
    method: "cod",
    buyerId: buyerId ?? null,
    lines: [{ productId, quantity }],
  });
  return { ...placed, order: placed.orders[0] };
}

const outboxFor = (topic: string, recipient: string | null) =>
  db.outboxMessage.findMany({ where: { topic, recipient } });

describe("orders.sellerDecline", () => {
  it("declines a new COD order: cancelled with the reason, stock back exactly, buyer told, audited as owner", async () => {
    const buyer = await createUser(db);
    const { owner, product } = await farm(10);
    const { order } = await codOrder(product.id, 3, buyer.id);
    expect(await stockOf(db, product.id)).toBe(7);

    const r = await callerAs(db, owner).orders.sellerDecline({
      code: order.code.toLowerCase(),
      reason: `  ${REASON}  `,
    });
    expect(r).toEqual({
      code: order.code,
      status: "cancelled",
      statusLabel: "Đã hủy",
      changed: true,
      refundVnd: 0,
    });
    expect(await stockOf(db, product.id)).toBe(10);

    // The buyer's order page: cancelled, with the farm's reason on the timeline.
    const seen = await callerAs(db, buyer).orders.byCode({ code: order.code });
    expect(seen.status).toBe("cancelled");
    expect(seen.statusLabel).toBe("Đã hủy");
    expect(seen.timeline.at(-1)).toMatchObject({ to: "cancelled", note: `Nhà vườn từ chối đơn: ${REASON}` });
    expect(seen.cancelReason).toBe(`Nhà vườn từ chối đơn: ${REASON}`);
    expect(seen.canCancel).toBe(false);
    expect(seen.refundNote).toBeNull();

    const [told] = await outboxFor("order.declined", order.buyerPhone);
    expect(told?.payload).toEqual({ orderCode: order.code, reason: REASON, by: "farm" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Order", entityId: order.id, action: "order.declined" },
    });
    expect(audit).toMatchObject({ actorId: owner.id, actorRole: "owner" });
    expect(audit.data).toMatchObject({ reason: REASON, from: "placed" });
    const transition = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Order", entityId: order.id, action: "order.cancelled" },
    });
    expect(transition).toMatchObject({ actorId: owner.id, actorRole: "owner" });

    // Submitting again (a double tap) changes nothing and returns nothing twice.
    const again = await callerAs(db, owner).orders.sellerDecline({ code: order.code, reason: REASON });
    expect(again.changed).toBe(false);
    expect(await stockOf(db, product.id)).toBe(10);
    expect(await db.orderStatusEvent.count({ where: { orderId: order.id, to: "cancelled" } })).toBe(1);
  });

  it("tells the buyer once per decline or cancel, with the farm's reason, and nothing more on a repeat", async () => {
    const { owner, product } = await farm(10);
    const placed = (await codOrder(product.id, 1)).order;
    const accepted = (await codOrder(product.id, 1)).order;
    await advanceOrderTo(db, accepted.id, "accepted");
    // Messages about this order to its buyer that are not in `before` (accepting it told the buyer too).
    const toBuyer = async (o: { code: string; buyerPhone: string }, before: Set<string> = new Set()) =>
      (await db.outboxMessage.findMany({ where: { recipient: o.buyerPhone } })).filter(
        (m) => (m.payload as { orderCode?: string }).orderCode === o.code && !before.has(m.id),
      );

    for (const [o, reason] of [
      [placed, REASON],
      [accepted, "Mưa đá làm dập hết quả, xin lỗi bạn"],
    ] as const) {
      const before = new Set((await toBuyer(o)).map((m) => m.id));
      await callerAs(db, owner).orders.sellerDecline({ code: o.code, reason });
      await callerAs(db, owner).orders.sellerDecline({ code: o.code, reason });
      const told = await toBuyer(o, before);
      expect(told.map((m) => m.topic)).toEqual(["order.declined"]);
      expect(told[0]!.payload).toEqual({ orderCode: o.code, reason, by: "farm" });
      const payload = told[0]!.payload as Record<string, unknown>;
      expect(renderNotificationText({ topic: told[0]!.topic, payload })).toContain(reason);
    }
  });

  it("lets the shop's helper cancel an accepted or packed order, audited as helper", async () => {
    const { owner, shop, product } = await farm(10);
    const helper = await createUser(db, { role: "seller", name: "Tổ công nghệ số Đại Dực" });
    await db.shopHelper.create({ data: { shopId: shop.id, userId: helper.id, grantedById: owner.id } });
    const accepted = (await codOrder(product.id, 2)).order;
    const packed = (await codOrder(product.id, 1)).order;
    await advanceOrderTo(db, accepted.id, "accepted");
    await advanceOrderTo(db, packed.id, "packed");
    expect(await stockOf(db, product.id)).toBe(7);

    for (const o of [accepted, packed]) {
      const r = await callerAs(db, helper).orders.sellerDecline({
        code: o.code,
        reason: "Hết hàng, xin lỗi bạn",
      });
      expect(r.changed).toBe(true);
      const audit = await db.auditLog.findFirstOrThrow({
        where: { entityType: "Order", entityId: o.id, action: "order.declined" },
      });
      expect(audit).toMatchObject({ actorId: helper.id, actorRole: "helper" });
      const event = await db.orderStatusEvent.findFirstOrThrow({ where: { orderId: o.id, to: "cancelled" } });
      expect(event.note).toBe("Nhà vườn hủy đơn: Hết hàng, xin lỗi bạn");
    }
    expect(await stockOf(db, product.id)).toBe(10);
    const stamped = await db.shopHelper.findFirstOrThrow({ where: { shopId: shop.id, userId: helper.id } });
    expect(stamped.lastActedAt).not.toBeNull();
  });

  it("refuses once the parcel has left the farm, with a clear conflict, and keeps the stock as it is", async () => {
    const { owner, product } = await farm(10);
    const { order } = await codOrder(product.id, 2);
    await advanceOrderTo(db, order.id, "shipped");
    await expect(
      callerAs(db, owner).orders.sellerDecline({ code: order.code, reason: REASON }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("không thể từ chối") });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("shipped");
    expect(await stockOf(db, product.id)).toBe(8);
  });

  it("answers NOT_FOUND for another farm's order, exactly as for an unknown code", async () => {
    const { product } = await farm(10);
    const { order } = await codOrder(product.id, 1);
    const otherFarmer = (await farm()).owner;
    const buyer = await createUser(db);
    for (const user of [otherFarmer]) {
      await expect(
        callerAs(db, user).orders.sellerDecline({ code: order.code, reason: REASON }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(
      callerAs(db, otherFarmer).orders.sellerDecline({ code: "CPNOSUCHCODE-1", reason: REASON }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A buyer is not a farm: the ladder refuses before any lookup.
    await expect(
      callerAs(db, buyer).orders.sellerDecline({ code: order.code, reason: REASON }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("placed");
    expect(await stockOf(db, product.id)).toBe(9);
  });

  it("needs a reason of 5–300 characters, in Vietnamese", async () => {
    const { owner, product } = await farm(10);
    const { order } = await codOrder(product.id, 1);
    const api = callerAs(db, owner).orders;
    await expect(api.sellerDecline({ code: order.code } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Vui lòng nhập lý do"),
    });
    await expect(api.sellerDecline({ code: order.code, reason: "  hết " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("ít nhất 5 ký tự"),
    });
    await expect(api.sellerDecline({ code: order.code, reason: "x".repeat(301) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("tối đa 300"),
    });
    await expect(api.sellerDecline({ code: order.code, reason: { $gt: "" } } as never)).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
      },
    );
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("placed");
  });

  it("flags a refund for an order already paid by card or transfer, without marking it refunded", async () => {
    for (const method of ["card", "vietqr"] as const) {
      const buyer = await createUser(db);
      const { owner, product } = await farm(10);
      const placed = await placeTestCheckout(db, {
        method,
        buyerId: buyer.id,
        buyerPhone: buyer.phoneNumber!,
        lines: [{ productId: product.id, quantity: 2 }],
      });
      await db.$transaction(
        (tx) => markCheckoutPaid(tx, { checkoutId: placed.checkout.id, actor: SYSTEM_ACTOR, source: "test" }),
        ORDER_TX,
      );
      const order = placed.orders[0];

      const r = await callerAs(db, owner).orders.sellerDecline({ code: order.code, reason: REASON });
      expect(r).toMatchObject({ changed: true, refundVnd: order.totalVnd });
      expect(await stockOf(db, product.id)).toBe(10);

      const payment = await db.payment.findUniqueOrThrow({ where: { id: placed.payment.id } });
      expect(payment.status).toBe("paid");
      const flag = await db.auditLog.findFirstOrThrow({
        where: { entityType: "Payment", entityId: payment.id, action: "payment.refund_due" },
      });
      expect(flag).toMatchObject({ actorId: owner.id, actorRole: "owner" });
      expect(flag.data).toMatchObject({ orderCode: order.code, amountVnd: order.totalVnd, method });
      const [staff] = (await outboxFor("payment.refund_needed", null)).filter(
        (m) => (m.payload as { orderCode?: string }).orderCode === order.code,
      );
      expect(staff?.payload).toMatchObject({ amountVnd: order.totalVnd, method, reason: REASON });
      expect(await outboxFor("payment.refund_due", buyer.phoneNumber)).toHaveLength(1);
      // One message about the decline itself (the refund is its own message), never a bare "cancelled".
      expect(await outboxFor("order.declined", buyer.phoneNumber)).toHaveLength(1);
      expect(
        (await outboxFor("order.status_changed", buyer.phoneNumber)).filter(
          (m) => (m.payload as { to?: string }).to === "cancelled",
        ),
      ).toEqual([]);
      const seen = await callerAs(db, buyer).orders.byCode({ code: order.code });
      expect(seen.refundNote).toContain("hoàn tiền");
    }
  });

  it("lets exactly one of a decline, a second decline and the buyer's cancel win; stock comes back once", async () => {
    for (let round = 0; round < 3; round++) {
      const buyer = await createUser(db);
      const { owner, product } = await farm(10);
      const { order } = await codOrder(product.id, 4, buyer.id);
      const results = await Promise.allSettled([
        callerAs(db, owner).orders.sellerDecline({ code: order.code, reason: REASON }),
        callerAs(db, owner).orders.sellerDecline({ code: order.code, reason: "Bấm hai lần cho chắc" }),
        callerAs(db, buyer).orders.cancel({ code: order.code }),
      ]);
      // A loser either changes nothing (a repeated decline) or is told the order is already cancelled.
      let winners = 0;
      for (const [i, r] of results.entries()) {
        if (r.status === "rejected") {
          expect(r.reason).toMatchObject({ code: "CONFLICT" });
          continue;
        }
        const v = r.value as { changed?: boolean; cancelled?: string[] };
        if (i < 2 ? v.changed : v.cancelled?.length) winners++;
      }
      expect(winners).toBe(1);

      expect(await stockOf(db, product.id)).toBe(10);
      expect(await db.orderStatusEvent.count({ where: { orderId: order.id, to: "cancelled" } })).toBe(1);
      expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("cancelled");
    }
  });
});

describe("the farm hears of a new order", () => {
  it("enqueues shop.order_received to the shop's phone, or its owner's when the shop has none", async () => {
    const withPhone = await createFarm(db, { name: "Chè Ba Chẽ" });
    const withoutPhone = await createFarm(db, { name: "Ớt Đại Dực" });
    await db.shop.update({ where: { id: withoutPhone.id }, data: { phone: null } });
    const ownerPhone = (await db.user.findUniqueOrThrow({ where: { id: withoutPhone.ownerId } })).phoneNumber;
    const tea = await createListedProduct(db, withPhone.id, { priceVnd: 100_000 });
    const chili = await createListedProduct(db, withoutPhone.id, { priceVnd: 50_000 });
    const chili2 = await createListedProduct(db, withoutPhone.id, { priceVnd: 60_000 });

    const g = guest(db);
    await g.api.cart.add({ productId: tea.id, quantity: 1 });
    await g.api.cart.add({ productId: chili.id, quantity: 2 });
    const cart = await g.api.cart.add({ productId: chili2.id, quantity: 1 });
    const placed = await g.api.checkout.placeOrder(placeInput(cart));
    const orderOf = (shopId: string) => placed.orders.find((o) => o.shop.id === shopId)!;

    // Other tests' farms may share a fixture phone: find this checkout's message by its order code.
    const messageFor = async (phone: string | null, orderCode: string) =>
      (await outboxFor("shop.order_received", phone)).find(
        (m) => (m.payload as { orderCode?: string }).orderCode === orderCode,
      );
    const toTea = await messageFor(withPhone.phone, orderOf(withPhone.id).code);
    expect(toTea?.payload).toMatchObject({ itemsCount: 1, totalVnd: orderOf(withPhone.id).totalVnd });
    const toChili = await messageFor(ownerPhone, orderOf(withoutPhone.id).code);
    expect(toChili?.payload).toMatchObject({ itemsCount: 2 });
  });
});

describe("notification texts", () => {
  it("words the new topics in Vietnamese, and any unknown topic without raw data", () => {
    expect(
      renderNotificationText({
        topic: "shop.order_received",
        payload: { orderCode: "CP1-1", totalVnd: 150_000, itemsCount: 2 },
      }),
    ).toBe(`Chợ Phiên: Đơn mới CP1-1 (2 sản phẩm, ${formatVnd(150_000)}). Vào mục Đơn hàng để nhận đơn.`);
    expect(
      renderNotificationText({
        topic: "order.declined",
        payload: { orderCode: "CP1-1", reason: REASON, by: "farm" },
      }),
    ).toBe(`Chợ Phiên: Đơn CP1-1 đã bị nhà vườn từ chối: ${REASON}`);
    expect(
      renderNotificationText({
        topic: "payment.refund_needed",
        payload: { orderCode: "CP1-1", amountVnd: 90_000 },
      }),
    ).toContain(`cần hoàn tiền ${formatVnd(90_000)}`);
    expect(renderNotificationText({ topic: "something.new", payload: { orderCode: "CP1-1" } })).toBe(
      "Chợ Phiên: đơn CP1-1 có cập nhật mới.",
    );
  });
});

describe("the farm's to-do list", () => {
  it("puts new orders (placed) first in the active tab, then accepted, packed, shipped; newest first within", async () => {
    const { owner, product } = await farm(20);
    const placedOld = (await codOrder(product.id, 1)).order;
    const accepted = (await codOrder(product.id, 1)).order;
    const placedNew = (await codOrder(product.id, 1)).order;
    const shipped = (await codOrder(product.id, 1)).order;
    await advanceOrderTo(db, accepted.id, "accepted");
    await advanceOrderTo(db, shipped.id, "shipped");
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    for (const [o, m] of [
      [placedOld, 40],
      [accepted, 30],
      [placedNew, 20],
      [shipped, 10],
    ] as const) {
      await db.order.update({ where: { id: o.id }, data: { createdAt: minutesAgo(m) } });
    }
    const active = await callerAs(db, owner).orders.forSeller({ status: "active" });
    expect(active.items.map((o) => o.code)).toEqual([
      placedNew.code,
      placedOld.code,
      accepted.code,
      shipped.code,
    ]);
    // "Tất cả" stays newest first.
    const all = await callerAs(db, owner).orders.forSeller();
    expect(all.items.map((o) => o.code)).toEqual([
      shipped.code,
      placedNew.code,
      accepted.code,
      placedOld.code,
    ]);
  });
});

describe("automatic cancel of COD orders the farm never accepts", () => {
  it("cancels a 49-hour-old placed COD order once with two sweeps at once, and leaves a 47-hour-old one", async () => {
    const { product } = await farm(20);
    const old = (await codOrder(product.id, 3)).order;
    const young = (await codOrder(product.id, 2)).order;
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    await db.order.update({ where: { id: old.id }, data: { createdAt: hoursAgo(49) } });
    await db.order.update({ where: { id: young.id }, data: { createdAt: hoursAgo(47) } });
    expect(await stockOf(db, product.id)).toBe(15);

    const [a, b] = await Promise.all([cancelUnacceptedCodOrders(db), cancelUnacceptedCodOrders(db)]);
    expect([...a.cancelled, ...b.cancelled].filter((c) => c === old.code || c === young.code)).toEqual([
      old.code,
    ]);
    expect(await stockOf(db, product.id)).toBe(18);
    const after = await db.order.findUniqueOrThrow({ where: { id: old.id } });
    expect(after.status).toBe("cancelled");
    expect(after.cancelReason).toBe("Nhà vườn chưa xác nhận đơn trong 48 giờ");
    expect(await db.orderStatusEvent.count({ where: { orderId: old.id, to: "cancelled" } })).toBe(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: young.id } })).status).toBe("placed");
    const [told] = await outboxFor("order.declined", old.buyerPhone);
    expect(told?.payload).toMatchObject({ orderCode: old.code, by: "system" });
    const aboutOld = (await db.outboxMessage.findMany({ where: { recipient: old.buyerPhone } })).filter(
      (m) => (m.payload as { orderCode?: string }).orderCode === old.code,
    );
    expect(aboutOld.map((m) => m.topic)).toEqual(["order.declined"]);

    // A later sweep finds nothing more of them.
    expect((await cancelUnacceptedCodOrders(db)).cancelled).not.toContain(old.code);
    expect(await stockOf(db, product.id)).toBe(18);
  });

  it("never cancels an accepted order or a paid transfer order, however old", async () => {
    const { product } = await farm(20);
    const accepted = (await codOrder(product.id, 1)).order;
    await advanceOrderTo(db, accepted.id, "accepted");
    const transfer = await placeTestCheckout(db, {
      method: "vietqr",
      lines: [{ productId: product.id, quantity: 1 }],
    });
    await db.$transaction(
      (tx) => markCheckoutPaid(tx, { checkoutId: transfer.checkout.id, actor: SYSTEM_ACTOR, source: "test" }),
      ORDER_TX,
    );
    const long = new Date(Date.now() - 30 * 24 * 3_600_000);
    await db.order.updateMany({
      where: { id: { in: [accepted.id, transfer.orders[0].id] } },
      data: { createdAt: long },
    });
    const r = await cancelUnacceptedCodOrders(db);
    expect(r.cancelled).not.toContain(accepted.code);
    expect(r.cancelled).not.toContain(transfer.orders[0].code);
    expect(await stockOf(db, product.id)).toBe(18);
  });
});
