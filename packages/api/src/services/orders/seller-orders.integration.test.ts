import type { SessionUser } from "@cho-phien/auth";
import type { Db } from "@cho-phien/db";
import { SELLER_ORDERS_PAGE_SIZE } from "@cho-phien/validators/orders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";
import {
  checkoutTestDb,
  createProduct,
  failure,
  guest,
  HANOI_ADDRESS,
  placeInput,
} from "../../test/checkout-fixtures";

/**
 * orders.forSeller: a farm sees its own orders with everything needed to pack and ship them; a village
 * digital-team member sees the orders of the shop they help with; nobody ever sees another farm's order.
 */

let db: Db;
let chiliFarmer: SessionUser;
let teaFarmer: SessionUser;
let teaHelper: SessionUser;
let stranger: SessionUser;
let chiliShop: { id: string; name: string };
let teaShop: { id: string; name: string };
/** Checkout 1: chili + tea (two orders); checkout 2: tea only. */
let mixedCheckout: { code: string; orders: { code: string; shop: { id: string } }[] };
let teaOnlyCheckout: { code: string; orders: { code: string }[] };

const as = (user: SessionUser) => createCaller(contextFor(db, user));

async function shopOf(owner: SessionUser, name: string) {
  return db.shop.create({
    data: {
      slug: `shop-${owner.id.slice(-12)}`,
      name,
      provinceCode: "22",
      communeName: "Đại Dực",
      ownerId: owner.id,
    },
    select: { id: true, name: true },
  });
}

beforeAll(async () => {
  db = checkoutTestDb(4);
  chiliFarmer = await createTestUser(db, { role: "seller", name: "Triệu Văn Sinh" });
  teaFarmer = await createTestUser(db, { role: "seller", name: "HTX Chè Ba Chẽ" });
  teaHelper = await createTestUser(db, { role: "seller", name: "Tổ công nghệ số Ba Chẽ" });
  stranger = await createTestUser(db, { role: "seller", name: "Nhà vườn khác" });
  chiliShop = await shopOf(chiliFarmer, "Ớt Đại Dực");
  teaShop = await shopOf(teaFarmer, "Chè hoa vàng Ba Chẽ");
  await db.shopHelper.create({
    data: { shopId: teaShop.id, userId: teaHelper.id, grantedById: teaFarmer.id },
  });

  const chili = await createProduct(db, chiliShop.id, { title: "Ớt chào mào", priceVnd: 120_000, stock: 50 });
  const tea = await createProduct(db, teaShop.id, { title: "Chè hoa vàng", priceVnd: 450_000, stock: 50 });

  const g1 = guest(db);
  await g1.api.cart.add({ productId: chili.id, quantity: 2 });
  const cart1 = await g1.api.cart.add({ productId: tea.id, quantity: 1 });
  mixedCheckout = await g1.api.checkout.placeOrder(placeInput(cart1));

  const g2 = guest(db);
  const cart2 = await g2.api.cart.add({ productId: tea.id, quantity: 1 });
  teaOnlyCheckout = await g2.api.checkout.placeOrder(
    placeInput(cart2, {
      address: { ...HANOI_ADDRESS, recipientName: "Lê Văn Nam", phone: "0387654321" },
      paymentMethod: "vietqr",
    }),
  );
});
afterAll(async () => {
  await db.$disconnect();
});

describe("orders.forSeller", () => {
  it("lists the farm's own order with the buyer's phone, address, items, totals and payment", async () => {
    const page = await as(chiliFarmer).orders.forSeller();
    expect(page.total).toBe(1);
    const [o] = page.items;
    const expected = mixedCheckout.orders.find((x) => x.shop.id === chiliShop.id)!;
    expect(o).toMatchObject({
      code: expected.code,
      status: "placed",
      statusLabel: "Đã đặt hàng",
      shop: { id: chiliShop.id, name: "Ớt Đại Dực" },
      buyerPhone: "+84912345678",
      address: {
        recipientName: HANOI_ADDRESS.recipientName,
        phone: "+84912345678",
        provinceCode: "01",
        ward: HANOI_ADDRESS.ward,
        street: HANOI_ADDRESS.street,
        line: `${HANOI_ADDRESS.street}, ${HANOI_ADDRESS.ward}, Hà Nội`,
      },
      items: [{ title: "Ớt chào mào", unit: "kg", priceVnd: 120_000, quantity: 2, lineVnd: 240_000 }],
      itemsTotalVnd: 240_000,
      payment: { method: "cod", status: "pending" },
      nextStep: "accepted",
    });
    expect(o.totalVnd).toBe(o.itemsTotalVnd + o.shippingVnd);
    // Cash on delivery: the carrier collects this parcel's total.
    expect(o.codAmountVnd).toBe(o.totalVnd);
    expect(o.shipment).toMatchObject({ carrierName: expect.any(String), trackingCode: null });
    expect(page.counts).toEqual({ placed: 1 });
  });

  it("never lists another farm's order, even one from the same checkout", async () => {
    const chili = await as(chiliFarmer).orders.forSeller({ status: undefined });
    expect(chili.items.every((o) => o.shop.id === chiliShop.id)).toBe(true);
    const teaCodes = mixedCheckout.orders.filter((o) => o.shop.id === teaShop.id).map((o) => o.code);
    expect(chili.items.map((o) => o.code)).not.toContain(teaCodes[0]);

    // Asking for the other farm's shop by id matches nothing, it does not widen the query.
    const other = await as(chiliFarmer).orders.forSeller({ shopId: teaShop.id });
    expect(other).toMatchObject({ total: 0, items: [], counts: {} });

    // A seller with no shop sees nothing at all.
    expect(await as(stranger).orders.forSeller()).toMatchObject({ total: 0, items: [], counts: {} });
  });

  it("gives the owner and the shop's helper (ShopHelper) the same orders, newest first", async () => {
    const owner = await as(teaFarmer).orders.forSeller();
    const helper = await as(teaHelper).orders.forSeller();
    const expected = [
      teaOnlyCheckout.orders[0]!.code,
      mixedCheckout.orders.find((o) => o.shop.id === teaShop.id)!.code,
    ];
    expect(owner.items.map((o) => o.code)).toEqual(expected);
    expect(helper.items.map((o) => o.code)).toEqual(expected);
    // The transfer order waits for its payment: not the farm's move yet.
    expect(owner.items[0]).toMatchObject({
      status: "pending_payment",
      payment: { method: "vietqr", status: "pending" },
      address: { recipientName: "Lê Văn Nam", phone: "+84387654321" },
      codAmountVnd: 0,
      nextStep: null,
    });
    expect(owner.counts).toEqual({ placed: 1, pending_payment: 1 });
  });

  it("filters by status after the farm moves an order along with orders.sellerAdvance", async () => {
    const api = as(teaHelper);
    const code = mixedCheckout.orders.find((o) => o.shop.id === teaShop.id)!.code;
    await api.orders.sellerAdvance({ code, to: "accepted" });

    const accepted = await api.orders.forSeller({ status: "accepted" });
    expect(accepted.items.map((o) => [o.code, o.nextStep])).toEqual([[code, "packed"]]);
    expect((await api.orders.forSeller({ status: "placed" })).total).toBe(0);
    // "active": everything the farm still has to act on (not the unpaid transfer).
    const active = await api.orders.forSeller({ status: "active" });
    expect(active.items.map((o) => o.code)).toEqual([code]);
    expect(active.counts).toEqual({ accepted: 1, pending_payment: 1 });

    await api.orders.sellerAdvance({ code, to: "packed" });
    await api.orders.sellerAdvance({ code, to: "shipped", trackingCode: "GHTK-123456" });
    const shipped = await as(teaFarmer).orders.forSeller({ status: "shipped", shopId: teaShop.id });
    expect(shipped.items[0]).toMatchObject({
      code,
      nextStep: "delivered",
      shipment: { trackingCode: "GHTK-123456" },
    });
    // The chili farm's order from the same checkout did not move.
    expect((await as(chiliFarmer).orders.forSeller()).items[0]!.status).toBe("placed");
  });

  it("pages by SELLER_ORDERS_PAGE_SIZE", async () => {
    const page2 = await as(teaFarmer).orders.forSeller({ page: 2 });
    expect(page2).toMatchObject({ page: 2, pageSize: SELLER_ORDERS_PAGE_SIZE, total: 2, items: [] });
  });

  it("refuses a bad status, shop or page with a Vietnamese 400", async () => {
    const api = as(chiliFarmer);
    expect(await failure(api.orders.forSeller({ status: "sold" as never }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Trạng thái đơn không hợp lệ"),
    });
    expect(await failure(api.orders.forSeller({ page: 0 }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Số trang không hợp lệ"),
    });
    expect(await failure(api.orders.forSeller({ shopId: "x".repeat(65) }))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("is closed to buyers", async () => {
    const buyer = await createTestUser(db, { role: "buyer" });
    expect(await failure(as(buyer).orders.forSeller())).toMatchObject({ code: "FORBIDDEN" });
  });
});
