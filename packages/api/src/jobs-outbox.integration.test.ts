import { afterAll, describe, expect, it } from "vitest";
import { deliverOutbox } from "./services/notifications/deliver-outbox";
import { enqueueNotification } from "./services/notifications/enqueue-notification";
import type { NotificationSender, OutgoingNotification } from "./services/notifications/notification-sender";
import { renderNotificationText } from "./services/notifications/notification-sender";
import { randomPhone, testDb } from "./test/payments-fixtures";

const db = testDb();
afterAll(() => db.$disconnect());

/** A sender that fails its first `failures` sends, then records what it delivered. */
function flakySender(failures: number, only?: Set<string>) {
  const delivered: OutgoingNotification[] = [];
  let left = failures;
  const sender: NotificationSender = {
    name: "flaky",
    async send(m) {
      if (only && !only.has(m.id)) return;
      if (left > 0) {
        left--;
        throw new Error("Zalo ZNS: 503 Service Unavailable");
      }
      delivered.push(m);
    },
  };
  return { sender, delivered };
}

async function enqueue(phone: string) {
  await db.$transaction((tx) =>
    enqueueNotification(tx, {
      topic: "order.status_changed",
      recipient: phone,
      payload: { orderCode: "CP1-1", to: "shipped" },
    }),
  );
  return db.outboxMessage.findFirstOrThrow({ where: { recipient: phone } });
}

/** Pretends the backoff has elapsed. */
async function makeDue(id: string) {
  await db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
}

describe("outbox dispatcher", () => {
  it("retries a failing sender with backoff and delivers the message exactly when it finally succeeds", async () => {
    const msg = await enqueue(randomPhone());
    const { sender, delivered } = flakySender(2, new Set([msg.id]));

    await deliverOutbox(db, { sender, batchSize: 1000 });
    let row = await db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("503");
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    // Not due yet: a second run leaves it alone.
    await deliverOutbox(db, { sender, batchSize: 1000 });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } })).attempts).toBe(1);

    await makeDue(msg.id);
    await deliverOutbox(db, { sender, batchSize: 1000 });
    row = await db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
    expect(row.attempts).toBe(2);
    expect(row.status).toBe("pending");
    // Backoff doubles.
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);

    await makeDue(msg.id);
    await deliverOutbox(db, { sender, batchSize: 1000 });
    row = await db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
    expect(row.status).toBe("sent");
    expect(row.sentAt).not.toBeNull();
    expect(row.lastError).toBeNull();
    expect(delivered.map((d) => d.id)).toEqual([msg.id]);

    // Sent messages are never sent again.
    await deliverOutbox(db, { sender, batchSize: 1000 });
    expect(delivered).toHaveLength(1);
  });

  it("parks a message as failed after too many attempts, keeping it (never deleted)", async () => {
    const msg = await enqueue(randomPhone());
    const { sender } = flakySender(100, new Set([msg.id]));
    for (let i = 0; i < 3; i++) {
      await makeDue(msg.id);
      await deliverOutbox(db, { sender, maxAttempts: 3, batchSize: 1000 });
    }
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(3);
    expect(row.payload).toMatchObject({ orderCode: "CP1-1" });
  });

  it("never hands one message to two dispatchers running at once", async () => {
    const phones = Array.from({ length: 30 }, () => randomPhone());
    const ids = new Set<string>();
    for (const p of phones) ids.add((await enqueue(p)).id);
    const seen: string[] = [];
    const sender: NotificationSender = {
      name: "counting",
      async send(m) {
        if (!ids.has(m.id)) return;
        await new Promise((r) => setTimeout(r, 5));
        seen.push(m.id);
      },
    };
    await Promise.all([1, 2, 3].map(() => deliverOutbox(db, { sender, batchSize: 1000 })));
    expect(seen.sort()).toEqual([...ids].sort());
    expect(await db.outboxMessage.count({ where: { id: { in: [...ids] }, status: "sent" } })).toBe(30);
  });

  it("renders short Vietnamese texts for SMS/ZNS", () => {
    const text = renderNotificationText({
      topic: "order.status_changed",
      payload: { orderCode: "CP1-1", to: "shipped" },
    });
    expect(text).toBe('Chợ Phiên: đơn CP1-1 chuyển sang "Đang giao hàng".');
    expect(
      renderNotificationText({
        topic: "payment.received",
        payload: { checkoutCode: "CP1", amountVnd: 120000 },
      }),
    ).toContain("120.000");
  });
});
