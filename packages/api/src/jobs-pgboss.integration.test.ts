import { createLogger } from "@cho-phien/config/logger";
import { afterAll, describe, expect, it } from "vitest";
import {
  CANCEL_UNACCEPTED_QUEUE,
  DELIVER_OUTBOX_QUEUE,
  EXPIRE_CERTIFICATES_QUEUE,
  EXPIRE_CHECKOUTS_QUEUE,
  type JobQueue,
  startJobQueue,
} from "./services/jobs/start-job-queue";
import type { NotificationSender } from "./services/notifications/notification-sender";
import {
  createProduct,
  createShop,
  createUser,
  placeTestCheckout,
  stockOf,
  testDb,
} from "./test/payments-fixtures";

const db = testDb();
const queues: JobQueue[] = [];
afterAll(async () => {
  for (const q of queues) await q.stop();
  await db.$disconnect();
});

async function until(check: () => Promise<boolean>, timeoutMs = 45_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("timed out");
}

describe(`pg-boss worker on ${process.env.DB_TARGET ?? "pglite"}`, () => {
  it("schedules the sweep and the outbox every minute, and two workers expire a checkout once", async () => {
    const delivered: string[] = [];
    const sender: NotificationSender = {
      name: "test",
      async send(m) {
        delivered.push(m.topic);
      },
    };
    const url = process.env.DATABASE_URL!;
    const lines: string[] = [];
    const logger = createLogger({ level: "info", destination: { write: (s) => void lines.push(s) } });
    const logged = (msg: string, more: Record<string, unknown> = {}) =>
      lines
        .map((l) => JSON.parse(l))
        .find((l) => l.msg === msg && Object.entries(more).every(([k, v]) => l[k] === v));
    // Two workers, as on two machines. On the Postgres server they start at the same moment on a database
    // pg-boss has never seen: their queue declarations can deadlock each other there, and startJobQueue
    // declares again instead of dying. PGlite is one backend with no such race, so there they start in turn.
    const start = () => startJobQueue({ url, db, sender, outboxPollSeconds: 0, logger });
    if (process.env.DB_TARGET === "server") queues.push(...(await Promise.all([start(), start()])));
    else for (let i = 0; i < 2; i++) queues.push(await start());
    const schedules = await queues[0].boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron]).sort()).toEqual([
      [CANCEL_UNACCEPTED_QUEUE, "*/10 * * * *"],
      [DELIVER_OUTBOX_QUEUE, "* * * * *"],
      [EXPIRE_CHECKOUTS_QUEUE, "* * * * *"],
      [EXPIRE_CERTIFICATES_QUEUE, "0 7 * * *"],
    ]);

    const seller = await createUser(db, { role: "seller" });
    const p = await createProduct(db, (await createShop(db, seller.id)).id, { stock: 10 });
    const c = await placeTestCheckout(db, {
      method: "vietqr",
      lines: [{ productId: p.id, quantity: 4 }],
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(await stockOf(db, p.id)).toBe(6);

    // Don't wait for the minute: enqueue runs now, from both workers.
    await Promise.all(queues.map((q) => q.boss.send(EXPIRE_CHECKOUTS_QUEUE, {})));
    await until(
      async () =>
        (await db.checkout.findUniqueOrThrow({ where: { id: c.checkout.id } })).status === "expired",
    );
    expect(await stockOf(db, p.id)).toBe(10);
    expect(
      await db.orderStatusEvent.count({ where: { order: { checkoutId: c.checkout.id }, to: "cancelled" } }),
    ).toBe(1);
    // Logged under the job that did it, naming the checkout.
    await until(async () => !!logged("overdue checkouts swept"));
    expect(logged("overdue checkouts swept")).toMatchObject({
      jobId: expect.any(String),
      queue: EXPIRE_CHECKOUTS_QUEUE,
      expired: [c.checkout.id],
    });

    // The expiry wrote a notification; the outbox job delivers it.
    await queues[1].boss.send(DELIVER_OUTBOX_QUEUE, {});
    // The sender is called before the row is marked sent: wait for the row, not for the call.
    const where = { topic: "payment.expired", recipient: c.checkout.buyerPhone };
    await until(async () => (await db.outboxMessage.findFirst({ where }))?.status === "sent");
    expect(delivered).toContain("payment.expired");
    const message = await db.outboxMessage.findFirstOrThrow({ where });
    expect(message.status).toBe("sent");
    await until(async () => !!logged("outbox message sent", { outboxId: message.id }));
    expect(logged("outbox message sent", { outboxId: message.id })).toMatchObject({
      jobId: expect.any(String),
      queue: DELIVER_OUTBOX_QUEUE,
    });
  });
});
