import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expireOverdueCheckouts } from "./services/jobs/expire-checkouts";
import { type FakeStripe, startFakeStripe } from "./test/fake-stripe";
import {
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

const past = () => new Date(Date.now() - 60_000);

describe("expiry sweep", () => {
  it("expires overdue unpaid transfer and card checkouts once, even with two sweeps running at the same time", async () => {
    const seller = await createUser(db, { role: "seller" });
    const chili = await createProduct(db, (await createShop(db, seller.id)).id, { stock: 50 });
    const tea = await createProduct(db, (await createShop(db, seller.id, "Chè Ba Chẽ")).id, { stock: 50 });
    const overdue = [];
    for (let i = 0; i < 4; i++) {
      overdue.push(
        await placeTestCheckout(db, {
          method: i % 2 ? "card" : "vietqr",
          lines: [
            { productId: chili.id, quantity: 2 },
            { productId: tea.id, quantity: 1 },
          ],
          expiresAt: past(),
          startPayment: true,
        }),
      );
    }
    const notYet = await placeTestCheckout(db, {
      method: "vietqr",
      lines: [{ productId: chili.id, quantity: 5 }],
    });
    const cod = await placeTestCheckout(db, { method: "cod", lines: [{ productId: chili.id, quantity: 1 }] });
    expect(await stockOf(db, chili.id)).toBe(50 - 8 - 5 - 1);
    expect(await stockOf(db, tea.id)).toBe(50 - 4);

    const [a, b] = await Promise.all([expireOverdueCheckouts(db), expireOverdueCheckouts(db)]);
    // Other test files share this database: look only at this test's checkouts.
    const mine = new Set(overdue.map((o) => o.checkout.id));
    const expired = [...a.expired, ...b.expired].filter((id) => mine.has(id)).sort();
    expect(expired).toEqual([...mine].sort());
    // And a third sweep later finds nothing of them.
    expect((await expireOverdueCheckouts(db)).expired.filter((id) => mine.has(id))).toEqual([]);

    expect(await stockOf(db, chili.id)).toBe(50 - 5 - 1);
    expect(await stockOf(db, tea.id)).toBe(50);
    for (const o of overdue) {
      const c = await db.checkout.findUniqueOrThrow({
        where: { id: o.checkout.id },
        include: { payment: true, orders: true },
      });
      expect(c.status).toBe("expired");
      expect(c.payment!.status).toBe("expired");
      expect(c.orders.map((x) => x.status)).toEqual(["cancelled", "cancelled"]);
      const cancelEvents = await db.orderStatusEvent.count({
        where: { order: { checkoutId: c.id }, to: "cancelled" },
      });
      expect(cancelEvents).toBe(2);
      if (c.paymentMethod === "card")
        expect(fake.sessions.get(c.payment!.providerRef!)!.status).toBe("expired");
    }
    expect((await db.checkout.findUniqueOrThrow({ where: { id: notYet.checkout.id } })).status).toBe(
      "pending_payment",
    );
    expect((await db.checkout.findUniqueOrThrow({ where: { id: cod.checkout.id } })).status).toBe("placed");
  });

  it("records a card checkout paid at the last second instead of expiring it", async () => {
    const seller = await createUser(db, { role: "seller" });
    const p = await createProduct(db, (await createShop(db, seller.id)).id, { stock: 5 });
    const c = await placeTestCheckout(db, {
      method: "card",
      lines: [{ productId: p.id, quantity: 2 }],
      expiresAt: past(),
      startPayment: true,
    });
    fake.completeSession(c.payment.providerRef!);
    const r = await expireOverdueCheckouts(db);
    expect(r.paid).toEqual([c.checkout.id]);
    const after = await db.checkout.findUniqueOrThrow({
      where: { id: c.checkout.id },
      include: { payment: true, orders: true },
    });
    expect(after.status).toBe("placed");
    expect(after.payment!.status).toBe("paid");
    expect(after.orders.map((o) => o.status)).toEqual(["placed"]);
    expect(await stockOf(db, p.id)).toBe(3);
  });

  it("defers a card checkout while Stripe is unreachable, and expires it on a later sweep", async () => {
    const seller = await createUser(db, { role: "seller" });
    const p = await createProduct(db, (await createShop(db, seller.id)).id, { stock: 5 });
    const c = await placeTestCheckout(db, {
      method: "card",
      lines: [{ productId: p.id, quantity: 1 }],
      expiresAt: past(),
      startPayment: true,
    });
    fake.failNext(2);
    const first = await expireOverdueCheckouts(db);
    expect(first.deferred).toContain(c.checkout.id);
    expect(await stockOf(db, p.id)).toBe(4);
    const second = await expireOverdueCheckouts(db);
    expect(second.expired).toContain(c.checkout.id);
    expect(await stockOf(db, p.id)).toBe(5);
  });
});
