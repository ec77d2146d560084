import { QRPay } from "vietnam-qr-pay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availablePaymentMethods, getPaymentProvider } from "./services/payments";
import { buildCheckoutSessionParams, stripeCardProvider } from "./services/payments/stripe-card-provider";
import { buildVietQrPayload, transferNoteFor } from "./services/payments/vietqr-provider";
import { type FakeStripe, startFakeStripe } from "./test/fake-stripe";
import { createProduct, createShop, createUser, placeTestCheckout, testDb } from "./test/payments-fixtures";

const db = testDb();
let fake: FakeStripe;
const savedEnv = { ...process.env };

beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(async () => {
  process.env = savedEnv;
  await fake.close();
  await db.$disconnect();
});

describe("VietQR provider", () => {
  it("builds a NAPAS payload that decodes back to the exact amount, the checkout code and a valid CRC", () => {
    const payload = buildVietQrPayload({
      amountVnd: 1_234_000,
      note: "CP7KX2M9QA",
      account: { bankBin: "970436", accountNo: "0011004455667", accountName: "CHO PHIEN" },
    });
    const qr = new QRPay(payload);
    expect(qr.isValid).toBe(true);
    expect(qr.provider.name).toBe("VIETQR");
    expect(qr.consumer.bankBin).toBe("970436");
    expect(qr.consumer.bankNumber).toBe("0011004455667");
    expect(qr.amount).toBe("1234000");
    expect(qr.currency).toBe("704");
    expect(qr.additionalData.purpose).toBe("CP7KX2M9QA");
    expect(payload).toContain("QRIBFTTA");
    // A single flipped digit breaks the CRC16.
    const tampered = payload.replace("1234000", "1234001");
    expect(new QRPay(tampered).isValid).toBe(false);
  });

  it("refuses fractional or zero amounts", () => {
    expect(() => buildVietQrPayload({ amountVnd: 1000.5, note: "X" })).toThrow();
    expect(() => buildVietQrPayload({ amountVnd: 0, note: "X" })).toThrow();
  });

  it("keeps a transfer note banks will not mangle", () => {
    expect(transferNoteFor("cp-7kx2 m9")).toBe("CP-7KX2M9");
    expect(transferNoteFor("Đơn CP1").length).toBeLessThanOrEqual(25);
  });

  it("starts a transfer checkout: pending, 24 h hold, QR for the checkout's total with its code", async () => {
    const seller = await createUser(db, { role: "seller" });
    const shop = await createShop(db, seller.id);
    const chili = await createProduct(db, shop.id, { priceVnd: 45_000, stock: 10 });
    const { checkout, payment } = await placeTestCheckout(db, {
      method: "vietqr",
      lines: [{ productId: chili.id, quantity: 3 }],
      shippingPerShopVnd: 32_000,
      startPayment: true,
    });
    const provider = getPaymentProvider("vietqr")!;
    expect(provider.initialOrderStatus).toBe("pending_payment");
    expect(provider.holdMinutes).toBe(24 * 60);
    const qr = new QRPay(payment.qrPayload!);
    expect(qr.isValid).toBe(true);
    expect(Number(qr.amount)).toBe(checkout.totalVnd);
    expect(checkout.totalVnd).toBe(3 * 45_000 + 32_000);
    expect(qr.additionalData.purpose).toBe(checkout.code);
    expect(payment.providerRef).toBe(checkout.code);
  });
});

describe("Stripe card provider (real SDK against the fake)", () => {
  it("is hidden while STRIPE_SECRET_KEY is unset", () => {
    delete process.env.STRIPE_SECRET_KEY;
    expect(getPaymentProvider("card")).toBeUndefined();
    expect(availablePaymentMethods()).toEqual(["cod", "vietqr"]);
    Object.assign(process.env, fake.env());
    expect(getPaymentProvider("card")).toBe(stripeCardProvider);
    expect(availablePaymentMethods()).toContain("card");
  });

  it("creates a Checkout Session in whole đồng with currency vnd, one line per item plus shipping", async () => {
    Object.assign(process.env, fake.env(), { STOREFRONT_URL: "http://localhost:3000" });
    const seller = await createUser(db, { role: "seller" });
    const tea = await createProduct(db, (await createShop(db, seller.id, "Chè hoa vàng Ba Chẽ")).id, {
      title: "Chè hoa vàng",
      priceVnd: 350_000,
      stock: 5,
    });
    const chili = await createProduct(db, (await createShop(db, seller.id)).id, {
      priceVnd: 45_000,
      stock: 5,
    });
    const before = fake.requests.length;
    const { checkout, payment } = await placeTestCheckout(db, {
      method: "card",
      lines: [
        { productId: tea.id, quantity: 1 },
        { productId: chili.id, quantity: 2 },
      ],
      shippingPerShopVnd: 30_000,
      startPayment: true,
    });
    const req = fake.requests
      .slice(before)
      .find((r) => r.method === "POST" && r.path === "/v1/checkout/sessions")!;
    expect(req).toBeDefined();
    const f = req.form;
    expect(f.mode).toBe("payment");
    expect(f.currency).toBe("vnd");
    // Zero-decimal: 350.000 ₫ is sent as 350000, never 35000000.
    const lines = [0, 1, 2].map((i) => ({
      name: f[`line_items[${i}][price_data][product_data][name]`],
      amount: f[`line_items[${i}][price_data][unit_amount]`],
      qty: f[`line_items[${i}][quantity]`],
      currency: f[`line_items[${i}][price_data][currency]`],
    }));
    expect(lines).toContainEqual({ name: "Chè hoa vàng", amount: "350000", qty: "1", currency: "vnd" });
    expect(lines).toContainEqual({ name: "Ớt chào mào Đại Dực", amount: "45000", qty: "2", currency: "vnd" });
    expect(lines).toContainEqual({
      name: "Phí vận chuyển / Shipping",
      amount: "60000",
      qty: "1",
      currency: "vnd",
    });
    expect(f.client_reference_id).toBe(checkout.id);
    expect(f["metadata[checkoutCode]"]).toBe(checkout.code);
    expect(f["payment_intent_data[metadata][checkoutId]"]).toBe(checkout.id);
    expect(f.success_url).toBe(`http://localhost:3000/checkout/${checkout.code}?thanh-toan=thanh-cong`);
    expect(f.cancel_url).toBe(`http://localhost:3000/checkout/${checkout.code}?thanh-toan=huy`);
    const expiresIn = Number(f.expires_at) - Date.now() / 1000;
    expect(expiresIn).toBeGreaterThanOrEqual(30 * 60);
    expect(expiresIn).toBeLessThanOrEqual(32 * 60);
    expect(req.idempotencyKey).toBe(`cho-phien-checkout-${checkout.id}`);

    const session = fake.sessions.get(payment.providerRef!)!;
    expect(session.amount_total).toBe(checkout.totalVnd);
    expect(session.amount_total).toBe(350_000 + 90_000 + 60_000);
    expect(payment.redirectUrl).toBe(session.url);
  });

  it("refuses to open a session whose lines do not add up to the checkout total", () => {
    expect(() =>
      buildCheckoutSessionParams({
        id: "c1",
        code: "CPX",
        totalVnd: 100_000,
        buyerPhone: "+84912345678",
        shippingVnd: 30_000,
        lines: [{ title: "Ớt", quantity: 1, priceVnd: 45_000 }],
      }),
    ).toThrow(/!= total/);
  });

  it("voids an open session, and reports one the buyer already paid", async () => {
    Object.assign(process.env, fake.env());
    const seller = await createUser(db, { role: "seller" });
    const p = await createProduct(db, (await createShop(db, seller.id)).id, { stock: 4 });
    const a = await placeTestCheckout(db, {
      method: "card",
      lines: [{ productId: p.id, quantity: 1 }],
      startPayment: true,
    });
    const b = await placeTestCheckout(db, {
      method: "card",
      lines: [{ productId: p.id, quantity: 1 }],
      startPayment: true,
    });
    expect(await stripeCardProvider.voidPending!({ providerRef: a.payment.providerRef })).toBe("void");
    expect(fake.sessions.get(a.payment.providerRef!)!.status).toBe("expired");
    // Voiding twice (two sweepers) is harmless.
    expect(await stripeCardProvider.voidPending!({ providerRef: a.payment.providerRef })).toBe("void");
    fake.completeSession(b.payment.providerRef!);
    expect(await stripeCardProvider.voidPending!({ providerRef: b.payment.providerRef })).toBe("paid");
  });
});
