import { CLIENT_IP_HEADER } from "@cho-phien/auth/client-ip";
import type { Db } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ordersRouter } from "../../routers/orders";
import { createTestUser } from "../../test/auth-fixtures";
import { createListing, createOrder, createShopFor, orderTestDb } from "../../test/order-fixtures";
import { createCallerFactory, createTRPCRouter } from "../../trpc";

/**
 * A guest's order is found by code + phone; neither may be guessed against the other. Wrong answers are
 * counted per client address (as the production server stamps it) and per order code, in Postgres.
 */
const factory = createCallerFactory(createTRPCRouter({ orders: ordersRouter }));
let db: Db;
const guestFrom = (ip: string | null, forwardedFor?: string) => {
  const headers = new Headers();
  if (ip) headers.set(CLIENT_IP_HEADER, ip);
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  return factory({ db, user: null, headers });
};
const BUYER_PHONE = "0912 345 678"; // the fixture's buyer (+84912345678)

async function newOrderCode(): Promise<string> {
  const owner = await createTestUser(db, { role: "seller" });
  const shop = await createShopFor(db, owner);
  const product = await createListing(db, shop.id, { title: "Ớt chào mào" });
  return (await createOrder(db, { shopId: shop.id, status: "placed", lines: [{ product, quantity: 1 }] }))
    .code;
}

beforeAll(() => {
  db = orderTestDb();
});
afterAll(async () => {
  await db.$disconnect();
});

describe("guest order look-up throttling", () => {
  it("never throttles a buyer who knows their code and phone", async () => {
    const code = await newOrderCode();
    const api = guestFrom("198.51.100.10");
    for (let i = 0; i < 30; i++)
      expect((await api.orders.byCode({ code, phone: BUYER_PHONE })).code).toBe(code);
  });

  it("stops guessing phones against one code after 5 wrong tries, from any address, even the right phone", async () => {
    const code = await newOrderCode();
    for (let i = 0; i < 5; i++) {
      // A new address every time: the per-code count still adds up.
      await expect(
        guestFrom(`198.51.100.${20 + i}`).orders.byCode({ code, phone: `098765432${i}` }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(
      guestFrom("198.51.100.99").orders.byCode({ code, phone: BUYER_PHONE }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("quá nhiều lần"),
    });
    // Cancel by code + phone is the same door.
    await expect(
      guestFrom("198.51.100.98").orders.cancel({ code, phone: BUYER_PHONE, reason: "Đặt nhầm" }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("stops one client guessing codes after 20 wrong tries, whatever X-Forwarded-For it rotates", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < 20; i++) {
      await expect(
        guestFrom(ip, `10.0.0.${i}`).orders.byCode({
          code: `CPNOSUCH${String(i).padStart(4, "0")}-1`,
          phone: BUYER_PHONE,
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const real = await newOrderCode();
    await expect(
      guestFrom(ip, "10.0.0.250").orders.byCode({ code: real, phone: BUYER_PHONE }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    // Another client is not affected.
    expect((await guestFrom("203.0.113.78").orders.byCode({ code: real, phone: BUYER_PHONE })).code).toBe(
      real,
    );
  });
});
