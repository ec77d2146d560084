import type { Db } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkoutRowCounts,
  checkoutTestDb,
  createFarm,
  createProduct,
  failure,
  guest,
  placeInput,
} from "./test/checkout-fixtures";

/**
 * The oversell test: many buyers, distinct carts, one product, little stock, all placing at once. On the
 * Postgres server with 200 buyers over a 20-connection pool; a smaller run on PGlite (one query at a time
 * there, so it checks the logic rather than the database's locking).
 */
const onServer = process.env.DB_TARGET !== "pglite";
const BUYERS = onServer ? 200 : 30;
const STOCK = onServer ? 20 : 5;

let db: Db;
beforeAll(async () => {
  db = checkoutTestDb(20);
});
afterAll(async () => {
  await db.$disconnect();
});

describe(`${BUYERS} concurrent checkouts for ${STOCK} units`, () => {
  it(`sells exactly the stock: ${STOCK} orders succeed, stock ends at 0, every other buyer is told it sold out`, async () => {
    const farm = await createFarm(db, { provinceCode: "22" });
    const product = await createProduct(db, farm.id, {
      title: "Gà Tiên Yên",
      priceVnd: 350_000,
      stock: STOCK,
      maxPerOrder: 5,
    });
    const buyers = [];
    for (let i = 0; i < BUYERS; i += 25) {
      buyers.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(25, BUYERS - i) }, async () => {
            const g = guest(db);
            const cart = await g.api.cart.add({ productId: product.id, quantity: 1 });
            return { ...g, cart };
          }),
        )),
      );
    }
    const before = await checkoutRowCounts(db);

    const outcomes = await Promise.all(
      buyers.map((b) => failure(b.api.checkout.placeOrder(placeInput(b.cart)))),
    );

    const won = outcomes.filter((o) => o === null);
    const lost = outcomes.filter((o) => o !== null);
    expect(won).toHaveLength(STOCK);
    expect(lost).toHaveLength(BUYERS - STOCK);
    for (const f of lost) {
      expect(f).toMatchObject({
        code: "CONFLICT",
        reason: "SOLD_OUT",
        details: { productId: product.id, available: 0 },
      });
      expect(f!.message).toBe('"Gà Tiên Yên" vừa hết hàng, vui lòng bỏ khỏi giỏ để đặt các sản phẩm còn lại');
    }
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(0);
    const sold = await db.orderItem.aggregate({ where: { productId: product.id }, _sum: { quantity: true } });
    expect(sold._sum.quantity).toBe(STOCK);

    const after = await checkoutRowCounts(db);
    expect(after.checkout - before.checkout).toBe(STOCK);
    expect(after.order - before.order).toBe(STOCK);
    expect(after.payment - before.payment).toBe(STOCK);
    expect(after.auditLog - before.auditLog).toBe(STOCK);
    // Losers keep their cart (nothing was written for them); winners' carts are empty.
    const carts = await Promise.all(buyers.map((b) => b.api.cart.get()));
    expect(carts.filter((c) => c.itemCount === 0)).toHaveLength(STOCK);
    expect(carts.filter((c) => c.groups[0]?.lines[0]?.problem === "SOLD_OUT")).toHaveLength(BUYERS - STOCK);
  }, 300_000);
});
