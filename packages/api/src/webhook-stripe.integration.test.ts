import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleStripeWebhook } from "./services/payments/handle-stripe-webhook";
import { stripeWebhookResponse } from "./services/payments/stripe-webhook-request";
import { type FakeStripe, signWebhook, startFakeStripe } from "./test/fake-stripe";
import {
  createProduct,
  createShop,
  createUser,
  placeTestCheckout,
  stockOf,
  testDb,
} from "./test/payments-fixtures";

const db = testDb();
const SECRET = "whsec_test_cho_phien_webhook";
let fake: FakeStripe;
const savedEnv = { ...process.env };

beforeAll(async () => {
  fake = await startFakeStripe();
  Object.assign(process.env, fake.env(), { STRIPE_WEBHOOK_SECRET: SECRET });
});
afterAll(async () => {
  process.env = savedEnv;
  await fake.close();
  await db.$disconnect();
});

/** A card checkout for 2 units of a fresh product (stock 10 → 8), its Stripe session open on the fake. */
async function cardCheckout() {
  const seller = await createUser(db, { role: "seller" });
  const product = await createProduct(db, (await createShop(db, seller.id)).id, {
    stock: 10,
    priceVnd: 45_000,
  });
  const placed = await placeTestCheckout(db, {
    method: "card",
    lines: [{ productId: product.id, quantity: 2 }],
    startPayment: true,
  });
  return { ...placed, product, sessionId: placed.payment.providerRef! };
}

function post(payload: string, signature: string | null, init: { headers?: Record<string, string> } = {}) {
  return stripeWebhookResponse(
    db,
    new Request("http://localhost:3000/api/webhooks/stripe", {
      method: "POST",
      body: payload,
      headers: {
        "content-type": "application/json",
        ...(signature ? { "stripe-signature": signature } : {}),
        ...init.headers,
      },
    }),
  );
}

async function snapshot(checkoutId: string) {
  const [checkout, payment, orders, events, webhooks, audits, stock] = await Promise.all([
    db.checkout.findUniqueOrThrow({ where: { id: checkoutId }, select: { status: true } }),
    db.payment.findUniqueOrThrow({ where: { checkoutId }, select: { status: true, paidAt: true } }),
    db.order.findMany({ where: { checkoutId }, select: { status: true } }),
    db.orderStatusEvent.count({ where: { order: { checkoutId } } }),
    db.webhookEvent.count(),
    db.auditLog.count(),
    db.orderItem.findFirstOrThrow({
      where: { order: { checkoutId } },
      select: { product: { select: { stock: true } } },
    }),
  ]);
  return { checkout, payment, orders, events, webhooks, audits, stock: stock.product.stock };
}

describe("Stripe webhook", () => {
  it("refuses a forged or missing signature with 400 and changes nothing", async () => {
    const c = await cardCheckout();
    fake.completeSession(c.sessionId);
    const ev = fake.event("checkout.session.completed", fake.sessions.get(c.sessionId));
    const before = await snapshot(c.checkout.id);

    const wrongSecret = await post(ev.payload, signWebhook(ev.payload, "whsec_attacker"));
    expect(wrongSecret.status).toBe(400);
    expect(await wrongSecret.json()).toMatchObject({ received: false, error: "invalid signature" });

    const tampered = ev.payload.replace(`"amount_total":${c.checkout.totalVnd}`, '"amount_total":1');
    expect(tampered).not.toBe(ev.payload);
    expect((await post(tampered, signWebhook(ev.payload, SECRET))).status).toBe(400);
    expect((await post(ev.payload, null)).status).toBe(400);
    expect((await post(ev.payload, "t=1,v1=deadbeef")).status).toBe(400);
    // A genuine signature from long ago (replayed capture) is outside Stripe's 5-minute tolerance.
    const old = Math.floor(Date.now() / 1000) - 3600;
    expect((await post(ev.payload, signWebhook(ev.payload, SECRET, old))).status).toBe(400);

    expect(await snapshot(c.checkout.id)).toEqual(before);
    expect(before.payment.status).toBe("pending");
  });

  it("marks the payment paid once when the same event is delivered 5 times (in a row and at once)", async () => {
    const c = await cardCheckout();
    fake.completeSession(c.sessionId);
    const ev = fake.event("checkout.session.completed", fake.sessions.get(c.sessionId));
    const sig = signWebhook(ev.payload, SECRET);
    const webhooksBefore = await db.webhookEvent.count();

    const first = await post(ev.payload, sig);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ received: true, outcome: "paid" });
    const afterFirst = await snapshot(c.checkout.id);

    const sequential = [];
    for (let i = 0; i < 2; i++) sequential.push(await post(ev.payload, sig));
    const concurrent = await Promise.all([post(ev.payload, sig), post(ev.payload, sig)]);
    for (const r of [...sequential, ...concurrent]) {
      expect(r.status).toBe(200);
      expect(await r.json()).toMatchObject({ received: true, duplicate: true });
    }

    const after = await snapshot(c.checkout.id);
    expect(after).toEqual(afterFirst);
    expect(after.payment.status).toBe("paid");
    expect(after.checkout.status).toBe("placed");
    expect(after.orders.map((o) => o.status)).toEqual(["placed"]);
    expect(await db.webhookEvent.count({ where: { id: ev.id } })).toBe(1);
    expect(after.webhooks).toBe(webhooksBefore + 1);
    // One "placed" event from the payment (plus the initial one at checkout).
    const placedEvents = await db.orderStatusEvent.count({
      where: { order: { checkoutId: c.checkout.id }, to: "placed" },
    });
    expect(placedEvents).toBe(1);
    const paidAudits = await db.auditLog.count({
      where: { entityType: "Payment", entityId: c.payment.id, action: "payment.paid" },
    });
    expect(paidAudits).toBe(1);
    expect(after.stock).toBe(8);
  });

  it("lets five different deliveries of one payment race without double effects", async () => {
    const c = await cardCheckout();
    fake.completeSession(c.sessionId);
    const session = fake.sessions.get(c.sessionId);
    // Stripe may send distinct event ids for the same fact (e.g. resent from the dashboard).
    const events = Array.from({ length: 5 }, () => fake.event("checkout.session.completed", session));
    const results = await Promise.all(events.map((e) => post(e.payload, signWebhook(e.payload, SECRET))));
    const bodies = await Promise.all(results.map((r) => r.json()));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(bodies.filter((b) => b.outcome === "paid")).toHaveLength(1);
    expect(bodies.filter((b) => b.outcome === "already_paid")).toHaveLength(4);
    expect(
      await db.orderStatusEvent.count({ where: { order: { checkoutId: c.checkout.id }, to: "placed" } }),
    ).toBe(1);
  });

  it("ignores checkout.session.expired arriving after completed: the order never moves backwards", async () => {
    const c = await cardCheckout();
    const open = { ...fake.sessions.get(c.sessionId)! };
    fake.completeSession(c.sessionId);
    const completed = fake.event("checkout.session.completed", fake.sessions.get(c.sessionId));
    expect((await post(completed.payload, signWebhook(completed.payload, SECRET))).status).toBe(200);

    const expired = fake.event("checkout.session.expired", { ...open, status: "expired" });
    const r = await post(expired.payload, signWebhook(expired.payload, SECRET));
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ outcome: "ignored_not_pending" });

    const s = await snapshot(c.checkout.id);
    expect(s.checkout.status).toBe("placed");
    expect(s.payment.status).toBe("paid");
    expect(s.orders.map((o) => o.status)).toEqual(["placed"]);
    expect(s.stock).toBe(8);
  });

  it("expires the checkout and releases stock once on checkout.session.expired (replays change nothing)", async () => {
    const c = await cardCheckout();
    fake.expireSession(c.sessionId);
    const ev = fake.event("checkout.session.expired", fake.sessions.get(c.sessionId));
    const sig = signWebhook(ev.payload, SECRET);
    expect(await (await post(ev.payload, sig)).json()).toMatchObject({ outcome: "expired" });
    await post(ev.payload, sig);
    await post(ev.payload, sig);
    const s = await snapshot(c.checkout.id);
    expect(s.checkout.status).toBe("expired");
    expect(s.payment.status).toBe("expired");
    expect(s.orders.map((o) => o.status)).toEqual(["cancelled"]);
    expect(await stockOf(db, c.product.id)).toBe(10);
  });

  it("records money that arrives after expiry as paid, keeps the orders cancelled and flags a refund", async () => {
    const c = await cardCheckout();
    const open = { ...fake.sessions.get(c.sessionId)! };
    const expired = fake.event("checkout.session.expired", { ...open, status: "expired" });
    await post(expired.payload, signWebhook(expired.payload, SECRET));
    const completed = fake.event("checkout.session.completed", {
      ...open,
      status: "complete",
      payment_status: "paid",
    });
    const r = await post(completed.payload, signWebhook(completed.payload, SECRET));
    expect(await r.json()).toMatchObject({ outcome: "paid_after_cancel" });
    const s = await snapshot(c.checkout.id);
    expect(s.checkout.status).toBe("expired");
    expect(s.orders.map((o) => o.status)).toEqual(["cancelled"]);
    expect(s.payment.status).toBe("paid");
    expect(s.stock).toBe(10);
    expect(
      await db.auditLog.count({
        where: { entityType: "Payment", entityId: c.payment.id, action: "payment.refund_due" },
      }),
    ).toBe(1);
    expect(
      await db.outboxMessage.count({
        where: { topic: "payment.refund_due", recipient: c.checkout.buyerPhone },
      }),
    ).toBe(1);
  });

  it("on payment_intent.payment_failed expires the Stripe session, cancels the orders and releases stock", async () => {
    const c = await cardCheckout();
    const intent = {
      id: "pi_test_failed",
      object: "payment_intent",
      amount: c.checkout.totalVnd,
      currency: "vnd",
      status: "requires_payment_method",
      metadata: { checkoutId: c.checkout.id, checkoutCode: c.checkout.code },
      last_payment_error: { code: "card_declined", message: "Your card was declined." },
    };
    const ev = fake.event("payment_intent.payment_failed", intent);
    const r = await post(ev.payload, signWebhook(ev.payload, SECRET));
    expect(await r.json()).toMatchObject({ outcome: "failed" });
    expect(fake.sessions.get(c.sessionId)!.status).toBe("expired");
    const s = await snapshot(c.checkout.id);
    expect(s.checkout.status).toBe("cancelled");
    expect(s.payment.status).toBe("failed");
    expect(s.orders.map((o) => o.status)).toEqual(["cancelled"]);
    expect(s.stock).toBe(10);
  });

  it("asks Stripe to retry (503, nothing recorded) when the session cannot be voided", async () => {
    const c = await cardCheckout();
    const ev = fake.event("payment_intent.payment_failed", {
      id: "pi_test_x",
      object: "payment_intent",
      metadata: { checkoutId: c.checkout.id },
    });
    fake.failNext(2);
    const r = await post(ev.payload, signWebhook(ev.payload, SECRET));
    expect(r.status).toBe(503);
    expect(await db.webhookEvent.count({ where: { id: ev.id } })).toBe(0);
    expect((await snapshot(c.checkout.id)).checkout.status).toBe("pending_payment");
  });

  it("does not mark paid when Stripe reports a different amount", async () => {
    const c = await cardCheckout();
    fake.completeSession(c.sessionId);
    const ev = fake.event("checkout.session.completed", {
      ...fake.sessions.get(c.sessionId),
      amount_total: 1000,
    });
    const r = await post(ev.payload, signWebhook(ev.payload, SECRET));
    expect(await r.json()).toMatchObject({ outcome: "amount_mismatch" });
    const s = await snapshot(c.checkout.id);
    expect(s.payment.status).toBe("pending");
    expect(s.checkout.status).toBe("pending_payment");
  });

  it("refuses a 5 MB body with 413 before reading or verifying it", async () => {
    const webhooks = await db.webhookEvent.count();
    const big = JSON.stringify({
      id: "evt_big",
      type: "checkout.session.completed",
      pad: "x".repeat(5 * 1024 * 1024),
    });
    const r = await post(big, signWebhook(big, SECRET));
    expect(r.status).toBe(413);
    // A chunked body with no Content-Length is cut off as it streams.
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(120);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 5 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const chunked = await stripeWebhookResponse(
      db,
      new Request("http://localhost:3000/api/webhooks/stripe", {
        method: "POST",
        body: stream,
        headers: { "stripe-signature": "t=1,v1=x" },
        duplex: "half",
      } as RequestInit),
    );
    expect(chunked.status).toBe(413);
    expect(sent).toBeLessThan(2 * 1024 * 1024);
    // A declared length over the limit is refused without touching the body.
    const declared = await stripeWebhookResponse(db, {
      headers: new Headers({ "content-length": String(5 * 1024 * 1024) }),
      get body(): never {
        throw new Error("body must not be read");
      },
    } as unknown as Request);
    expect(declared.status).toBe(413);
    // The service itself refuses too.
    expect((await handleStripeWebhook(db, big, signWebhook(big, SECRET))).status).toBe(413);
    expect(await db.webhookEvent.count()).toBe(webhooks);
  });

  it("acknowledges verified events it does not handle without recording them", async () => {
    const ev = fake.event("customer.created", { id: "cus_1", object: "customer" });
    const r = await post(ev.payload, signWebhook(ev.payload, SECRET));
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ received: true, outcome: "ignored" });
  });
});
