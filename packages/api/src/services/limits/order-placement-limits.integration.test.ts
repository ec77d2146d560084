import { randomUUID } from "node:crypto";
import type { SessionUser } from "@cho-phien/auth";
import { CLIENT_IP_HEADER } from "@cho-phien/auth/client-ip";
import type { Db } from "@cho-phien/db";
import { CART_COOKIE } from "@cho-phien/validators/cart";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { createTestUser, randomVnPhone } from "../../test/auth-fixtures";
import {
  checkoutRowCounts,
  checkoutTestDb,
  createFarm,
  createProduct,
  HANOI_ADDRESS,
  placeInput,
} from "../../test/checkout-fixtures";
import type { Context } from "../../trpc";
import { mintGuestToken } from "../cart/guest-cart-cookie";
import { ABUSE_LIMITS } from "./abuse-limits";
import { enforceOrderPlacementLimits } from "./order-placement-limits";

/**
 * Placing orders through the API as a real request does (createContext sets enforceLimits): limits per phone,
 * per client address, and on open cash-on-delivery orders of a phone nobody proved they own.
 */
let db: Db;
let productId: string;

function buyer(opts: { user?: SessionUser; ip?: string } = {}) {
  const token = mintGuestToken();
  const headers = new Headers({ cookie: `${CART_COOKIE}=${token}` });
  if (opts.ip) headers.set(CLIENT_IP_HEADER, opts.ip);
  const ctx: Context = {
    db,
    user: opts.user ?? null,
    headers,
    resHeaders: new Headers(),
    enforceLimits: true,
  };
  return createCaller(ctx);
}

async function order(
  phone: string,
  opts: { method?: "cod" | "vietqr"; user?: SessionUser; key?: string; ip?: string } = {},
) {
  const api = buyer(opts);
  const cart = await api.cart.add({ productId, quantity: 1 });
  return api.checkout.placeOrder(
    placeInput(cart, {
      address: { ...HANOI_ADDRESS, phone },
      paymentMethod: opts.method ?? "cod",
      ...(opts.key ? { idempotencyKey: opts.key } : {}),
    }),
  );
}

beforeAll(async () => {
  db = checkoutTestDb(4);
  const farm = await createFarm(db);
  productId = (await createProduct(db, farm.id, { stock: 10_000, maxPerOrder: 999 })).id;
});
afterAll(async () => {
  await db.$disconnect();
});

describe("order placement limits", () => {
  it("holds a phone nobody proved to 3 open cash-on-delivery checkouts, until a farm accepts one", async () => {
    const phone = randomVnPhone();
    const placed = [];
    for (let i = 0; i < 3; i++) placed.push(await order(phone));
    await expect(order(phone)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("chờ nhà vườn xác nhận"),
    });
    // Paying up front is not held to it.
    expect((await order(phone, { method: "vietqr" })).code).toBeTruthy();
    // The farm accepts one: room for one more COD order.
    await db.order.updateMany({
      where: { checkout: { code: placed[0].code } },
      data: { status: "accepted" },
    });
    expect((await order(phone)).code).toBeTruthy();
  });

  it("does not hold a signed-in buyer whose account phone (proved by one-time code) is the delivery phone", async () => {
    const user = await createTestUser(db, { role: "buyer" });
    for (let i = 0; i < 4; i++) expect((await order(user.phoneNumber!, { user })).code).toBeTruthy();
  });

  it("counts a retry with the same idempotency key once", async () => {
    const phone = randomVnPhone();
    const key = randomUUID();
    const api = buyer();
    const cart = await api.cart.add({ productId, quantity: 1 });
    const input = placeInput(cart, { address: { ...HANOI_ADDRESS, phone }, idempotencyKey: key });
    const first = await api.checkout.placeOrder(input);
    for (let i = 0; i < 12; i++) expect((await api.checkout.placeOrder(input)).code).toBe(first.code);
  });

  it("stops a burst of orders for one phone, and from one client address whatever phones it uses", async () => {
    const phone = randomVnPhone();
    for (let i = 0; i < ABUSE_LIMITS.placeOrderPerPhone.max; i++) await order(phone, { method: "vietqr" });
    await expect(order(phone, { method: "vietqr" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });

    // The per-address allowance, counted by the same function the router calls.
    const ip = "198.51.100.200";
    const client = { ip, accountPhone: null };
    for (let i = 0; i < ABUSE_LIMITS.placeOrderPerIp.max; i++) {
      await enforceOrderPlacementLimits(
        db,
        { paymentMethod: "vietqr", address: { phone: randomVnPhone() } },
        client,
      );
    }
    await expect(order(randomVnPhone(), { method: "vietqr", ip })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    expect((await order(randomVnPhone(), { method: "vietqr", ip: "198.51.100.201" })).code).toBeTruthy();
  });

  it("refuses a checkout whose total would not fit the money columns, writing nothing", async () => {
    const farm = await createFarm(db);
    const gold = await createProduct(db, farm.id, { priceVnd: 1_000_000_000, stock: 10, maxPerOrder: 10 });
    const api = buyer();
    const cart = await api.cart.add({ productId: gold.id, quantity: 3 });
    const before = await checkoutRowCounts(db);
    await expect(
      api.checkout.placeOrder(
        placeInput(cart, { address: { ...HANOI_ADDRESS, phone: randomVnPhone() }, paymentMethod: "vietqr" }),
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("tối đa") });
    expect(await checkoutRowCounts(db)).toEqual(before);
    expect((await db.product.findUniqueOrThrow({ where: { id: gold.id } })).stock).toBe(10);
  });
});
