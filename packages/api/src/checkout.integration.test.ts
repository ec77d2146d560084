import { randomUUID } from "node:crypto";
import type { Db } from "@cho-phien/db";
import type { TPlaceOrderInput } from "@cho-phien/validators/checkout";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "./services/audit/append-audit";
import { placeOrder } from "./services/checkout/place-order";
import type { ShippingProvider } from "./services/shipping/shipping-provider";
import { quoteFromTable } from "./services/shipping/table-shipping-provider";
import {
  checkoutRowCounts,
  checkoutTestDb,
  createBuyer,
  createFarm,
  createProduct,
  failure,
  guest,
  HANOI_ADDRESS,
  placeInput,
  signedIn,
} from "./test/checkout-fixtures";

let db: Db;
/** Đại Dực chili farm in Quảng Ninh (north) and a tea farm in Lâm Đồng (central), free shipping from 300k. */
let chiliFarm: { id: string };
let teaFarm: { id: string };

beforeAll(async () => {
  db = checkoutTestDb(20);
  chiliFarm = await createFarm(db, { provinceCode: "22", name: "Ớt Đại Dực" });
  teaFarm = await createFarm(db, {
    provinceCode: "68",
    name: "Chè Bảo Lộc",
    freeShippingThresholdVnd: 300_000,
  });
});
afterAll(async () => {
  await db.$disconnect();
});

/** A guest with chili (2 × 60k, 500 g) and tea (1 × 250k, 200 g) in the cart. */
async function twoFarmGuest(opts: { teaQty?: number } = {}) {
  const chili = await createProduct(db, chiliFarm.id, {
    title: "Ớt chào mào",
    priceVnd: 60_000,
    weightGrams: 500,
    stock: 50,
  });
  const tea = await createProduct(db, teaFarm.id, {
    title: "Chè hoa vàng",
    priceVnd: 250_000,
    weightGrams: 200,
    stock: 50,
  });
  const g = guest(db);
  await g.api.cart.add({ productId: chili.id, quantity: 2 });
  const cart = await g.api.cart.add({ productId: tea.id, quantity: opts.teaQty ?? 1 });
  return { ...g, chili, tea, cart };
}

async function stockOf(id: string) {
  return (await db.product.findUniqueOrThrow({ where: { id }, select: { stock: true } })).stock;
}

describe("checkout.quote", () => {
  it("prices one parcel per farm by weight and zone, cheapest carrier by default, honouring free shipping", async () => {
    const { api } = await twoFarmGuest();
    const q = await api.checkout.quote({ provinceCode: "01" });
    expect(q.groups).toHaveLength(2);
    const [chili, tea] = q.groups;
    // Quảng Ninh → Hà Nội: same region, 1 kg = two 500 g steps.
    expect(chili.chosen).toMatchObject({
      zone: "same_region",
      carrier: "ghtk",
      feeVnd: 22_000 + 5_000,
      estimatedDaysMax: 3,
    });
    expect(chili.options).toHaveLength(4);
    expect(chili).toMatchObject({ subtotalVnd: 120_000, shippingVnd: 27_000, totalVnd: 147_000 });
    // Lâm Đồng → Hà Nội: other region; 250k is under the 300k threshold.
    expect(tea.chosen).toMatchObject({
      zone: "other_region",
      feeVnd: 30_000,
      freeShipping: false,
      estimatedDaysMin: 3,
    });
    expect(q).toMatchObject({
      itemsTotalVnd: 370_000,
      shippingVnd: 57_000,
      totalVnd: 427_000,
      blocked: false,
    });

    const picked = await api.checkout.quote({
      provinceCode: "01",
      carriers: [{ shopId: teaFarm.id, carrier: "viettelpost" }],
    });
    expect(picked.groups[1].chosen).toMatchObject({ carrier: "viettelpost", feeVnd: 33_000 });
  });

  it("makes a farm's shipping free at its threshold", async () => {
    const { api } = await twoFarmGuest({ teaQty: 2 });
    const q = await api.checkout.quote({ provinceCode: "68" });
    expect(q.groups[1]).toMatchObject({ subtotalVnd: 500_000, shippingVnd: 0 });
    expect(q.groups[1].chosen).toMatchObject({ freeShipping: true, zone: "same_province" });
  });

  it("quotes an empty cart for a guest without a cookie, and refuses an unknown province", async () => {
    const { api } = guest(db);
    expect((await api.checkout.quote({ provinceCode: "01" })).groups).toEqual([]);
    expect(await failure(api.checkout.quote({ provinceCode: "99" }))).toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("checkout.placeOrder", () => {
  it("splits a two-farm COD cart into two orders, each with its own shipment, and writes every record", async () => {
    const { api, chili, tea, cart, token } = await twoFarmGuest();
    const before = await checkoutRowCounts(db);
    const quote = await api.checkout.quote({ provinceCode: "01" });
    const res = await api.checkout.placeOrder(placeInput(cart));

    expect(res.replayed).toBe(false);
    expect(res.code).toMatch(/^CP\d{6}[A-HJ-NP-Z2-9]{6}$/);
    expect(res).toMatchObject({
      status: "placed",
      paymentMethod: "cod",
      expiresAt: null,
      buyerPhone: "+84912345678",
    });
    expect(res).toMatchObject({ itemsTotalVnd: 370_000, shippingVnd: 57_000, totalVnd: 427_000 });
    expect(res.orders.map((o) => o.code)).toEqual([`${res.code}-1`, `${res.code}-2`]);
    const [o1, o2] = res.orders;
    expect(o1).toMatchObject({
      status: "placed",
      shop: { id: chiliFarm.id },
      itemsTotalVnd: 120_000,
      shippingVnd: 27_000,
      totalVnd: 147_000,
    });
    expect(o1.shipment).toMatchObject({
      carrier: "ghtk",
      feeVnd: 27_000,
      weightGrams: 1_000,
      estimatedDays: 3,
      codAmountVnd: 147_000,
    });
    expect(o1.items).toEqual([
      {
        productId: chili.id,
        title: "Ớt chào mào",
        unit: "kg",
        priceVnd: 60_000,
        quantity: 2,
        lineVnd: 120_000,
      },
    ]);
    expect(o2).toMatchObject({ shop: { id: teaFarm.id }, totalVnd: 280_000 });
    expect(o2.shipment).toMatchObject({
      feeVnd: quote.groups[1].shippingVnd,
      weightGrams: 200,
      estimatedDays: 5,
      codAmountVnd: 280_000,
    });
    expect(o1.history).toEqual([expect.objectContaining({ from: null, to: "placed" })]);
    expect(res.payment).toMatchObject({ method: "cod", status: "pending", amountVnd: 427_000 });
    expect(res.address).toEqual({ ...HANOI_ADDRESS, phone: "+84912345678" });

    expect(await checkoutRowCounts(db)).toEqual({
      checkout: before.checkout + 1,
      order: before.order + 2,
      orderItem: before.orderItem + 2,
      shipment: before.shipment + 2,
      payment: before.payment + 1,
      orderStatusEvent: before.orderStatusEvent + 2,
      auditLog: before.auditLog + 2,
      // Per farm order: the buyer's order.placed and the farm's shop.order_received.
      outboxMessage: before.outboxMessage + 4,
    });
    expect(await stockOf(chili.id)).toBe(48);
    expect(await stockOf(tea.id)).toBe(49);
    expect((await guest(db, token).api.cart.get()).groups).toEqual([]);

    const orders = await db.order.findMany({ where: { checkout: { code: res.code } }, select: { id: true } });
    for (const o of orders) {
      expect(await verifyAuditChain(db, "Order", o.id)).toBe(true);
      const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Order", entityId: o.id } });
      expect(audit).toMatchObject({ action: "order.created", actorRole: "guest" });
    }
    const outbox = await db.outboxMessage.findMany({
      where: { payload: { path: ["checkoutCode"], equals: res.code } },
    });
    expect(outbox.map((m) => [m.topic, m.recipient])).toEqual([
      ["order.placed", "+84912345678"],
      ["order.placed", "+84912345678"],
    ]);
  });

  it("for a VietQR transfer: orders wait for payment, the hold expires, and the QR payload is stored", async () => {
    const { api, cart } = await twoFarmGuest();
    const res = await api.checkout.placeOrder(placeInput(cart, { paymentMethod: "vietqr" }));
    expect(res.status).toBe("pending_payment");
    expect(res.orders.every((o) => o.status === "pending_payment" && o.shipment?.codAmountVnd === 0)).toBe(
      true,
    );
    expect(res.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 60 * 60_000);
    expect(res.payment).toMatchObject({ method: "vietqr", status: "pending", amountVnd: res.totalVnd });
    expect(res.payment?.qrPayload).toMatch(/^000201/);
  });

  it("refuses a payment method that is not available (card without Stripe) with nothing written", async () => {
    const saved = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    try {
      const { api, cart } = await twoFarmGuest();
      const before = await checkoutRowCounts(db);
      expect(
        await failure(api.checkout.placeOrder(placeInput(cart, { paymentMethod: "card" }))),
      ).toMatchObject({
        code: "BAD_REQUEST",
        reason: "PAYMENT_METHOD_UNAVAILABLE",
      });
      expect(await checkoutRowCounts(db)).toEqual(before);
      expect(await api.checkout.paymentMethods()).not.toContain("card");
    } finally {
      if (saved !== undefined) process.env.STRIPE_SECRET_KEY = saved;
    }
  });

  it("records a signed-in buyer as the buyer, reached at their account phone", async () => {
    const buyer = await createBuyer(db);
    const p = await createProduct(db, chiliFarm.id);
    const { api } = signedIn(db, buyer);
    const cart = await api.cart.add({ productId: p.id, quantity: 1 });
    const res = await api.checkout.placeOrder(placeInput(cart));
    const row = await db.checkout.findUniqueOrThrow({ where: { code: res.code } });
    expect(row).toMatchObject({ buyerId: buyer.id, buyerPhone: buyer.phoneNumber });
    expect(await db.order.count({ where: { checkoutId: row.id, buyerId: buyer.id } })).toBe(1);
  });
});

describe("price changes are shown, never charged silently", () => {
  it("refuses with PRICE_CHANGED and the new prices when the price moved after the page was shown", async () => {
    const { api, chili, cart } = await twoFarmGuest();
    await db.product.update({ where: { id: chili.id }, data: { priceVnd: 65_000 } });
    const before = await checkoutRowCounts(db);
    const f = await failure(api.checkout.placeOrder(placeInput(cart)));
    expect(f).toMatchObject({ code: "CONFLICT", reason: "PRICE_CHANGED" });
    expect(f?.message).toContain("Giá đã thay đổi");
    expect(f?.message).toContain("65.000");
    expect(f?.details).toEqual({
      prices: [{ productId: chili.id, title: "Ớt chào mào", seenVnd: 60_000, currentVnd: 65_000 }],
    });
    expect(await checkoutRowCounts(db)).toEqual(before);
    expect(await stockOf(chili.id)).toBe(50);

    // The page re-renders with the new price; the buyer accepts it by placing again.
    const seen = await api.cart.get();
    expect(seen.groups[0].lines[0]).toMatchObject({
      priceVnd: 65_000,
      priceSeenVnd: 60_000,
      priceChanged: true,
    });
    const res = await api.checkout.placeOrder(placeInput(seen));
    expect(res.orders[0].items[0].priceVnd).toBe(65_000);
  });

  it("refuses a tampered (lower) price in the request and writes nothing", async () => {
    const { api, tea, cart } = await twoFarmGuest();
    const input = placeInput(cart);
    input.lines = input.lines.map((l) => (l.productId === tea.id ? { ...l, priceVnd: 1_000 } : l));
    const before = await checkoutRowCounts(db);
    expect(await failure(api.checkout.placeOrder(input))).toMatchObject({
      code: "CONFLICT",
      reason: "PRICE_CHANGED",
    });
    expect(await checkoutRowCounts(db)).toEqual(before);
  });

  it("catches a price change that lands between the checks and the stock reservation", async () => {
    const { chili, tea, cart, token } = await twoFarmGuest();
    // The shipping quote runs after the price check: change the price from inside it.
    const sneaky: ShippingProvider = {
      async quote(req) {
        await db.product.update({ where: { id: tea.id }, data: { priceVnd: 260_000 } });
        return quoteFromTable(req);
      },
    };
    const before = await checkoutRowCounts(db);
    const f = await failure(
      placeOrder(db, {
        buyer: { userId: null },
        cart: { kind: "guest", token },
        input: placeInput(cart),
        shipping: sneaky,
      }),
    );
    expect(f).toMatchObject({ reason: "PRICE_CHANGED" });
    expect(await checkoutRowCounts(db)).toEqual(before);
    expect(await stockOf(chili.id)).toBe(50);
    expect(await stockOf(tea.id)).toBe(50);
  });

  it("rolls everything back when the last unit of one product is taken mid-checkout", async () => {
    const { chili, tea, cart, token } = await twoFarmGuest();
    const sneaky: ShippingProvider = {
      async quote(req) {
        await db.product.update({ where: { id: tea.id }, data: { stock: 0 } });
        return quoteFromTable(req);
      },
    };
    const before = await checkoutRowCounts(db);
    const f = await failure(
      placeOrder(db, {
        buyer: { userId: null },
        cart: { kind: "guest", token },
        input: placeInput(cart),
        shipping: sneaky,
      }),
    );
    expect(f).toMatchObject({ reason: "SOLD_OUT", details: { productId: tea.id, available: 0 } });
    expect(f?.message).toContain("Chè hoa vàng");
    expect(await checkoutRowCounts(db)).toEqual(before);
    expect(await stockOf(chili.id)).toBe(50);
    expect((await guest(db, token).api.cart.get()).itemCount).toBe(3);
  });
});

describe("idempotency", () => {
  it("returns the same checkout when the same key is sent twice", async () => {
    const { api, cart, chili } = await twoFarmGuest();
    const input = placeInput(cart);
    const first = await api.checkout.placeOrder(input);
    const before = await checkoutRowCounts(db);
    const second = await api.checkout.placeOrder(input);
    expect(second.replayed).toBe(true);
    expect(second.code).toBe(first.code);
    expect(second.orders.map((o) => o.code)).toEqual(first.orders.map((o) => o.code));
    expect(await checkoutRowCounts(db)).toEqual(before);
    expect(await stockOf(chili.id)).toBe(48);
  });

  it("places once when 5 identical calls race", async () => {
    const { cart, chili, token } = await twoFarmGuest();
    const input = placeInput(cart);
    const before = await checkoutRowCounts(db);
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map(() => guest(db, token).api.checkout.placeOrder(input)),
    );
    expect(new Set(results.map((r) => r.code)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    const after = await checkoutRowCounts(db);
    expect(after.checkout - before.checkout).toBe(1);
    expect(after.order - before.order).toBe(2);
    expect(await stockOf(chili.id)).toBe(48);
  });

  it("refuses a key reused for a different order, and a key replayed by someone else", async () => {
    const { api, cart, chili } = await twoFarmGuest();
    const input = placeInput(cart);
    await api.checkout.placeOrder(input);
    expect(
      await failure(
        api.checkout.placeOrder({ ...input, address: { ...input.address, street: "99 Đường khác" } }),
      ),
    ).toMatchObject({ code: "CONFLICT", reason: "IDEMPOTENCY_KEY_REUSED" });
    const again = await api.cart.add({ productId: chili.id, quantity: 1 });
    expect(
      await failure(api.checkout.placeOrder({ ...placeInput(again), idempotencyKey: input.idempotencyKey })),
    ).toMatchObject({ code: "CONFLICT", reason: "IDEMPOTENCY_KEY_REUSED" });
    const stranger = signedIn(db, await createBuyer(db));
    expect(await failure(stranger.api.checkout.placeOrder(input))).toMatchObject({
      reason: "IDEMPOTENCY_KEY_REUSED",
    });
  });
});

describe("bad input leaves no partial rows", () => {
  it("answers each bad request with a clear 4xx and changes nothing", async () => {
    const { api, cart, chili, tea, token } = await twoFarmGuest();
    const limited = await createProduct(db, chiliFarm.id, { maxPerOrder: 3, stock: 100 });
    const scarce = await createProduct(db, chiliFarm.id, { stock: 5, priceVnd: 50_000 });
    const draft = await createProduct(db, chiliFarm.id, { listingStatus: "submitted" });
    const otherBuyer = guest(db);
    const theirs = await otherBuyer.api.cart.add({ productId: limited.id, quantity: 2 });
    const good = placeInput(cart);
    const line = (over: Partial<TPlaceOrderInput["lines"][number]>) => ({
      ...good,
      lines: [{ ...good.lines[0], ...over }, good.lines[1]],
    });
    const addr = (over: Record<string, unknown>) =>
      ({ ...good, address: { ...good.address, ...over } }) as TPlaceOrderInput;

    const cases: [string, unknown, string, RegExp | string][] = [
      ["zero quantity", line({ quantity: 0 }), "BAD_REQUEST", "Số lượng"],
      ["negative quantity", line({ quantity: -2 }), "BAD_REQUEST", "Số lượng"],
      ["fractional quantity", line({ quantity: 1.5 }), "BAD_REQUEST", "số nguyên"],
      [
        "quantity above stock",
        line({ productId: scarce.id, quantity: 6, priceVnd: 50_000 }),
        "CONFLICT",
        "chỉ còn 5",
      ],
      [
        "quantity above the per-order maximum",
        { ...good, lines: [{ productId: limited.id, quantity: 4, priceVnd: 50_000 }] },
        "BAD_REQUEST",
        "tối đa 3",
      ],
      ["unknown product", line({ productId: "khongtontai000" }), "NOT_FOUND", "không tồn tại"],
      ["unapproved product", line({ productId: draft.id, priceVnd: 50_000 }), "CONFLICT", "ngừng bán"],
      ["another buyer's cart lines", placeInput(theirs), "CONFLICT", "Giỏ hàng"],
      [
        "lines that differ from the cart",
        { ...good, lines: [good.lines[0]] },
        "CONFLICT",
        "Giỏ hàng vừa thay đổi",
      ],
      ["duplicate lines", { ...good, lines: [good.lines[0], good.lines[0]] }, "BAD_REQUEST", "lặp"],
      ["missing ward", addr({ wardCode: undefined, ward: undefined }), "BAD_REQUEST", "chọn phường/xã"],
      ["blank ward", addr({ wardCode: "", ward: "   " }), "BAD_REQUEST", "phường/xã"],
      ["ward too long", addr({ wardCode: undefined, ward: "x".repeat(101) }), "BAD_REQUEST", "tối đa 100"],
      ["unknown ward code", addr({ wardCode: "99999" }), "BAD_REQUEST", "trong danh sách"],
      [
        "a ward of another province",
        addr({ wardCode: "06877" }),
        "BAD_REQUEST",
        "Xã Đông Ngũ thuộc Quảng Ninh, không thuộc Hà Nội",
      ],
      [
        "a free-text ward not in the official list",
        addr({ wardCode: undefined, ward: "Xã Đại Dực" }),
        "BAD_REQUEST",
        "danh sách phường/xã của Hà Nội",
      ],
      ["street of 10,000 characters", addr({ street: "đ".repeat(10_000) }), "BAD_REQUEST", "tối đa 200"],
      ["non-Vietnamese phone", addr({ phone: "+1 415 555 0100" }), "BAD_REQUEST", "Số điện thoại"],
      ["landline-looking phone", addr({ phone: "0241234567" }), "BAD_REQUEST", "Số điện thoại"],
      ["no province", addr({ provinceCode: "" }), "BAD_REQUEST", "tỉnh/thành"],
      ["pre-reform province code", addr({ provinceCode: "02" }), "BAD_REQUEST", "tỉnh/thành"],
      ["tampered price", line({ priceVnd: 1 }), "CONFLICT", "Giá đã thay đổi"],
      ["fractional price", line({ priceVnd: 60_000.5 }), "BAD_REQUEST", "Giá"],
      ["absurd price", line({ priceVnd: 1e12 }), "BAD_REQUEST", "Giá quá lớn"],
      ["not a uuid key", { ...good, idempotencyKey: "1" }, "BAD_REQUEST", "Mã phiên"],
      ["unknown payment method", { ...good, paymentMethod: "bitcoin" }, "BAD_REQUEST", "thanh toán"],
      [
        "unknown carrier",
        { ...good, carriers: [{ shopId: chiliFarm.id, carrier: "jnt" }] },
        "BAD_REQUEST",
        "vận chuyển",
      ],
      [
        "too many lines",
        {
          ...good,
          lines: Array.from({ length: 51 }, (_, i) => ({ productId: `p${i}`, quantity: 1, priceVnd: 1 })),
        },
        "BAD_REQUEST",
        "Tối đa 50",
      ],
      ["empty order", { ...good, lines: [] }, "BAD_REQUEST", "trống"],
    ];

    const before = await checkoutRowCounts(db);
    for (const [name, input, code, message] of cases) {
      const f = await failure(api.checkout.placeOrder(input as TPlaceOrderInput));
      expect(f, name).not.toBeNull();
      expect(f!.code, name).toBe(code);
      expect(f!.message, name).toMatch(message);
    }
    expect(await checkoutRowCounts(db)).toEqual(before);
    expect(await stockOf(chili.id)).toBe(50);
    expect(await stockOf(tea.id)).toBe(50);
    expect((await guest(db, token).api.cart.get()).itemCount).toBe(3);
    expect((await otherBuyer.api.cart.get()).itemCount).toBe(2);

    // A guest without any cart cannot place anything.
    expect(
      await failure(guest(db).api.checkout.placeOrder({ ...good, idempotencyKey: randomUUID() })),
    ).toMatchObject({
      code: "CONFLICT",
      reason: "CART_EMPTY",
    });
  });
});

describe("checkout.byCode", () => {
  it("shows a checkout to its account or to code + phone, and 'not found' to everyone else", async () => {
    const buyer = await createBuyer(db);
    const p = await createProduct(db, chiliFarm.id);
    const mine = signedIn(db, buyer);
    const cart = await mine.api.cart.add({ productId: p.id, quantity: 1 });
    const placed = await mine.api.checkout.placeOrder(placeInput(cart));
    expect((await mine.api.checkout.byCode({ code: placed.code })).orders).toHaveLength(1);
    expect((await mine.api.checkout.byCode({ code: placed.code.toLowerCase() })).code).toBe(placed.code);

    const someoneElse = signedIn(db, await createBuyer(db));
    expect(await failure(someoneElse.api.checkout.byCode({ code: placed.code }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const anon = guest(db);
    expect(await failure(anon.api.checkout.byCode({ code: placed.code }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await failure(anon.api.checkout.byCode({ code: placed.code, phone: "0987654321" }))).toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    expect(
      await failure(anon.api.checkout.byCode({ code: "CP250101AAAAAA", phone: "0912345678" })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await failure(anon.api.checkout.byCode({ code: "'; select 1" }))).toMatchObject({
      code: "BAD_REQUEST",
    });

    // A guest checkout: code plus the phone it was placed with, typed any usual way.
    const g = await twoFarmGuest();
    const guestPlaced = await g.api.checkout.placeOrder(placeInput(g.cart));
    const view = await anon.api.checkout.byCode({ code: guestPlaced.code, phone: "0912 345 678" });
    expect(view.orders.map((o) => o.code)).toEqual(guestPlaced.orders.map((o) => o.code));
    expect(await failure(mine.api.checkout.byCode({ code: guestPlaced.code }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("saved addresses", () => {
  it("lists, creates and deletes the user's own addresses only, keeping one default", async () => {
    const a = signedIn(db, await createBuyer(db));
    const b = signedIn(db, await createBuyer(db));
    const first = await a.api.checkout.addresses.create(HANOI_ADDRESS);
    expect(first).toMatchObject({ isDefault: true, phone: "+84912345678", ward: "Phường Ba Đình" });
    expect(first.wardCode).toBe("00004");
    const second = await a.api.checkout.addresses.create({
      ...HANOI_ADDRESS,
      provinceCode: "22",
      wardCode: "06877",
      ward: undefined,
      street: "Thôn Khe Vằn",
      isDefault: true,
    });
    // The row keeps the official name; the code is found again from it.
    expect(second).toMatchObject({ wardCode: "06877", ward: "Xã Đông Ngũ" });
    expect(
      await failure(a.api.checkout.addresses.create({ ...HANOI_ADDRESS, provinceCode: "22" })),
    ).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("không thuộc Quảng Ninh") });
    const list = await a.api.checkout.addresses.list();
    expect(list.map((x) => [x.id, x.isDefault])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    expect(await b.api.checkout.addresses.list()).toEqual([]);
    expect(await failure(b.api.checkout.addresses.delete({ id: first.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    await a.api.checkout.addresses.delete({ id: second.id });
    expect(await a.api.checkout.addresses.list()).toEqual([
      expect.objectContaining({ id: first.id, isDefault: true }),
    ]);
    expect(
      await failure(a.api.checkout.addresses.create({ ...HANOI_ADDRESS, wardCode: "", ward: "" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await failure(guest(db).api.checkout.addresses.list())).toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("addresses from the official ward list", () => {
  it("places an order with a ward code and keeps the code and official name in every snapshot", async () => {
    const { api, cart } = await twoFarmGuest();
    const address = {
      recipientName: "Triệu Thị Hường",
      phone: "0912 345 678",
      provinceCode: "22",
      wardCode: "06877",
      street: "Thôn Khe Vằn",
    };
    const res = await api.checkout.placeOrder({ ...placeInput(cart), address } as TPlaceOrderInput);
    const snapshot = { ...address, phone: "+84912345678", ward: "Xã Đông Ngũ" };
    expect(res.address).toEqual(snapshot);
    const stored = await db.checkout.findUniqueOrThrow({
      where: { code: res.code },
      select: { address: true, orders: { select: { address: true } } },
    });
    expect(stored.address).toEqual(snapshot);
    expect(stored.orders.map((o) => o.address)).toEqual([snapshot, snapshot]);
    // The confirmation page reads the same.
    expect((await api.checkout.byCode({ code: res.code, phone: "0912345678" })).address).toEqual(snapshot);
  });

  it("still shows an older order's free-text ward, and an older saved address as it was typed", async () => {
    const buyer = await createBuyer(db);
    const me = signedIn(db, buyer);
    const p = await createProduct(db, chiliFarm.id);
    const placed = await me.api.checkout.placeOrder(
      placeInput(await me.api.cart.add({ productId: p.id, quantity: 1 })),
    );
    // As an order placed before the ward list: free text, no code.
    const old = {
      recipientName: "Lò Thị Xuân",
      phone: "+84978112233",
      provinceCode: "15",
      ward: "Xã Sa Pả (cũ)",
      street: "Thôn Lếch Mông",
    };
    await db.checkout.update({ where: { code: placed.code }, data: { address: old } });
    expect((await me.api.checkout.byCode({ code: placed.code })).address).toEqual(old);

    await db.address.create({ data: { userId: buyer.id, ...old, isDefault: true } });
    expect(await me.api.checkout.addresses.list()).toEqual([
      expect.objectContaining({ ward: "Xã Sa Pả (cũ)", wardCode: null }),
    ]);
  });
});
