import { readMessagingEnv } from "@cho-phien/messaging/env";
import { type FakeEsms, startFakeEsms } from "@cho-phien/messaging/testing/fake-esms";
import { type FakeZns, startFakeZns } from "@cho-phien/messaging/testing/fake-zns";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { randomPhone, testDb } from "../../test/payments-fixtures";
import { deliverOutbox } from "./deliver-outbox";
import { enqueueNotification } from "./enqueue-notification";
import { createNotificationSender, type NotificationSender } from "./notification-sender";

// The outbox through the real providers' HTTP (local fakes): what the worker does with MESSAGE_PROVIDER=esms/zns.
const db = testDb();
let esms: FakeEsms;
let zns: FakeZns;
beforeAll(async () => {
  esms = await startFakeEsms();
  zns = await startFakeZns();
});
afterAll(async () => {
  await esms.close();
  await zns.close();
  await db.$disconnect();
});

/** Other test files share the database: deliver only this test's messages, leave the rest alone. */
function only(ids: string[], sender: NotificationSender): NotificationSender {
  return { name: sender.name, send: async (m) => (ids.includes(m.id) ? sender.send(m) : undefined) };
}

async function enqueue(
  recipient: string | null,
  payload: Record<string, unknown> = { orderCode: "CP7-1", to: "shipped" },
) {
  const topic = "order.status_changed" as const;
  const id = await db.$transaction(async (tx) => {
    await enqueueNotification(tx, { topic, recipient, payload });
    return (
      await tx.outboxMessage.findFirstOrThrow({ where: { topic, recipient }, orderBy: { createdAt: "desc" } })
    ).id;
  });
  return id;
}

const row = (id: string) => db.outboxMessage.findUniqueOrThrow({ where: { id } });

/** Pretends the backoff has elapsed. */
async function makeDue(id: string) {
  await db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
}

describe("outbox delivery by eSMS", () => {
  it("keeps a message through two refusals, backing off, and sends it once on the third attempt", async () => {
    const phone = randomPhone();
    const id = await enqueue(phone);
    const sender = only([id], createNotificationSender(readMessagingEnv(esms.env())));
    const requestsFor = () => esms.requests.filter((r) => r.body?.RequestId === id);
    esms.failNext(2);

    await deliverOutbox(db, { sender, batchSize: 1000 });
    let r = await row(id);
    expect(r).toMatchObject({ status: "pending", attempts: 1 });
    expect(r.lastError).toContain("CodeResult 99");
    expect(r.lastError).not.toContain(phone.slice(3));
    expect(r.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    // Not due yet: the gateway is not asked again.
    await deliverOutbox(db, { sender, batchSize: 1000 });
    expect(requestsFor()).toHaveLength(1);

    await makeDue(id);
    await deliverOutbox(db, { sender, batchSize: 1000 });
    r = await row(id);
    expect(r).toMatchObject({ status: "pending", attempts: 2 });
    expect(r.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000); // the backoff doubled

    await makeDue(id);
    await deliverOutbox(db, { sender, batchSize: 1000 });
    r = await row(id);
    expect(r).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(requestsFor().map((q) => q.answered)).toEqual(["refused", "refused", "accepted"]);
    expect(esms.delivered.filter((m) => m.requestId === id)).toEqual([
      expect.objectContaining({
        phone: phone.replace("+84", "0"),
        content: 'Cho Phien: don CP7-1 chuyen sang "Dang giao hang".',
        isUnicode: "0",
      }),
    ]);

    // Sent is final: the next run does not text again.
    await makeDue(id);
    await deliverOutbox(db, { sender, batchSize: 1000 });
    expect(requestsFor()).toHaveLength(3);
  });

  it("keeps a message the gateway always refuses, counting attempts, until it is parked as failed", async () => {
    const id = await enqueue(randomPhone());
    const sender = only([id], createNotificationSender(readMessagingEnv(esms.env())));
    esms.failNext(3, { kind: "http", status: 503 });
    for (let i = 0; i < 3; i++) {
      await makeDue(id);
      const result = await deliverOutbox(db, { sender, maxAttempts: 3, batchSize: 1000 });
      expect(result.sent).toBe(0);
    }
    const r = await row(id);
    expect(r).toMatchObject({
      status: "failed",
      attempts: 3,
      payload: { orderCode: "CP7-1", to: "shipped" },
    });
    expect(r.lastError).toContain("HTTP 503");
    expect(esms.delivered.some((m) => m.requestId === id)).toBe(false);
  });

  it("leaves a message pending with a backoff when the gateway does not answer in time", async () => {
    const id = await enqueue(randomPhone());
    const sender = only([id], createNotificationSender(readMessagingEnv(esms.env()), { timeoutMs: 300 }));
    esms.hangNext(1);
    const started = Date.now();
    await deliverOutbox(db, { sender, batchSize: 1000 });
    expect(Date.now() - started).toBeLessThan(5000);
    const r = await row(id);
    expect(r).toMatchObject({ status: "pending", attempts: 1 });
    expect(r.lastError).toMatch(/no answer .* within 300 ms/);
    expect(r.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    await makeDue(id);
    await deliverOutbox(db, { sender, batchSize: 1000 });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("keeps staff messages (no phone) in the log instead of texting anyone", async () => {
    const id = await enqueue(null, { orderCode: "CP7-9", amountVnd: 50_000, method: "cod" });
    const sender = only([id], createNotificationSender(readMessagingEnv(esms.env())));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const before = esms.requests.length;
    await deliverOutbox(db, { sender, batchSize: 1000 });
    log.mockRestore();
    expect(await row(id)).toMatchObject({ status: "sent" });
    expect(esms.requests.length).toBe(before);
  });
});

describe("outbox delivery by Zalo ZNS", () => {
  it("sends the order template with the order code and the message text, tracked by the message id", async () => {
    const phone = randomPhone();
    const id = await enqueue(phone);
    const sender = only([id], createNotificationSender(readMessagingEnv(zns.env())));
    zns.failNext(1);
    await deliverOutbox(db, { sender, batchSize: 1000 });
    expect((await row(id)).lastError).toContain("Zalo ZNS");
    await makeDue(id);
    await deliverOutbox(db, { sender, batchSize: 1000 });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
    expect(zns.delivered.filter((m) => m.trackingId === id)).toEqual([
      expect.objectContaining({
        phone: phone.replace("+", ""),
        templateId: zns.env().ZNS_ORDER_TEMPLATE_ID,
        templateData: { order_code: "CP7-1", message: 'Chợ Phiên: đơn CP7-1 chuyển sang "Đang giao hàng".' },
      }),
    ]);
  });
});
