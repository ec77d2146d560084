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
 * orders.sellerByCode (the packing slip): the shop's people — owner, accepted helper, admin — read one order
 * with what goes on the parcel's label; everyone else gets NOT_FOUND, as for a code that does not exist.
 */

let db: Db;
let farmer: SessionUser;
let helper: SessionUser;
let revoked: SessionUser;
let otherFarmer: SessionUser;
let admin: SessionUser;
let shop: { id: string; name: string };
let cod: { code: string };
let prepaid: { code: string };
let legacy: { code: string };

beforeAll(async () => {
  db = orderTestDb();
  farmer = await createTestUser(db, { role: "seller" });
  otherFarmer = await createTestUser(db, { role: "seller" });
  admin = await createTestUser(db, { role: "admin" });
  shop = await createShopFor(db, farmer, "Ớt Đại Dực");
  helper = await addHelper(db, shop.id, farmer);
  revoked = await addHelper(db, shop.id, farmer, { revoked: true });
  const chili = await createListing(db, shop.id, { title: "Ớt chào mào", priceVnd: 120_000 });
  const honey = await createListing(db, shop.id, { title: "Mật ong", priceVnd: 300_000, unit: "hộp" });
  cod = await createOrder(db, {
    shopId: shop.id,
    status: "packed",
    lines: [
      { product: chili, quantity: 2 },
      { product: honey, quantity: 1 },
    ],
  });
  prepaid = await createOrder(db, {
    shopId: shop.id,
    status: "delivered",
    method: "vietqr",
    lines: [{ product: chili, quantity: 1 }],
  });
  // An order placed before addresses were structured: the buyer's text, as typed.
  legacy = await createOrder(db, {
    shopId: shop.id,
    status: "accepted",
    address: "Nhà bác Tư, cạnh chợ phiên Bắc Hà, Lào Cai — gọi trước khi giao",
    lines: [{ product: honey, quantity: 3 }],
  });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("orders.sellerByCode", () => {
  it("gives the farm the label: buyer, address, items, COD amount, farm and pick-up address", async () => {
    const o = await sellerCaller(db, farmer).orders.sellerByCode({ code: cod.code.toLowerCase() });
    expect(o).toMatchObject({
      code: cod.code,
      status: "packed",
      shop: {
        id: shop.id,
        name: "Ớt Đại Dực",
        phone: "+84901000002",
        pickupAddress: "Thôn Khe Vằn, Xã Đại Dực, Quảng Ninh",
      },
      recipient: {
        recipientName: "Nguyễn Thu Hà",
        phone: "+84912345678",
        line: "12 Phố Điện Biên Phủ, Phường Ba Đình, Hà Nội",
      },
      items: [
        { title: "Ớt chào mào", unit: "kg", quantity: 2 },
        { title: "Mật ong", unit: "hộp", quantity: 1 },
      ],
      totalVnd: 570_000,
      paymentMethod: "cod",
      codAmountVnd: 570_000,
      codCollected: null,
      canRecordCash: false,
    });
  });

  it("shows nothing to collect on a prepaid order, and an old free-text address as it was entered", async () => {
    const api = sellerCaller(db, farmer);
    expect(await api.orders.sellerByCode({ code: prepaid.code })).toMatchObject({
      paymentMethod: "vietqr",
      codAmountVnd: 0,
      canRecordCash: false,
    });
    expect((await api.orders.sellerByCode({ code: legacy.code })).recipient).toEqual({
      recipientName: "",
      phone: "+84912345678",
      line: "Nhà bác Tư, cạnh chợ phiên Bắc Hà, Lào Cai — gọi trước khi giao",
    });
  });

  it("opens for an accepted helper and an admin", async () => {
    for (const user of [helper, admin]) {
      expect((await sellerCaller(db, user).orders.sellerByCode({ code: cod.code })).code).toBe(cod.code);
    }
  });

  it("answers another farm's seller and a revoked helper with NOT_FOUND, like an unknown code", async () => {
    for (const [user, code] of [
      [otherFarmer, cod.code],
      [revoked, cod.code],
      [farmer, "CPKHONGCO-1"],
    ] as const) {
      const e = await sellerCaller(db, user)
        .orders.sellerByCode({ code })
        .catch((x: unknown) => x);
      expect(e).toBeInstanceOf(TRPCError);
      expect((e as TRPCError).code).toBe("NOT_FOUND");
    }
  });
});
