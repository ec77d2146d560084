import type { AddressInfo } from "node:net";
import { createLogger, type Logger } from "@cho-phien/config/logger";
import { createDb, type PrismaClient } from "@cho-phien/db";
import { truncateAll } from "@cho-phien/db/test-db";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverOutbox } from "../services/notifications/deliver-outbox";
import type { OutgoingNotification } from "../services/notifications/notification-sender";
import { randomVnPhone } from "../test/auth-fixtures";
import { createFarm, createProduct, guest, HANOI_ADDRESS, placeInput } from "../test/checkout-fixtures";
import { createAppServer } from "./app-server";

/**
 * The request id over real sockets: every answer carries one, the API's log line is written under it, and a
 * notification the request enqueued is delivered (and logged by the worker) under the same id. Loggers are
 * production ones writing into arrays, so the same lines also prove no phone number gets into them.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let db: PrismaClient;
let base: string;
let close: () => void;
const appLines: string[] = [];

/** A production logger (redaction on) that keeps its JSON lines in `into`. */
function captureLogger(into: string[]): Logger {
  return createLogger({ production: true, level: "info", destination: { write: (s) => void into.push(s) } });
}

const parsed = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, any>);

/** The app server writes its line when the answer is finished, which the client may see first. */
async function lineFor(reqId: string): Promise<Record<string, any>> {
  for (let i = 0; i < 100; i++) {
    const line = parsed(appLines).find((l) => l.msg === "api request" && l.reqId === reqId);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no log line for request ${reqId}`);
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  await truncateAll(url);
  db = createDb(url, 1);
  const server = createAppServer({
    // A stand-in for Next.js that answers with the request id its handlers would read.
    next: (req, res) => res.writeHead(200).end(String(req.headers["x-request-id"])),
    logger: captureLogger(appLines),
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(async () => {
  close?.();
  await db?.$disconnect();
});

describe("the request id", () => {
  it("is on every answer, and the API's one log line is written under it, without the query", async () => {
    const page = await fetch(`${base}/p/ot-chao-mao`);
    const pageId = page.headers.get("x-request-id")!;
    expect(pageId).toMatch(UUID);
    expect(await page.text()).toBe(pageId);

    const input = encodeURIComponent(JSON.stringify({ json: { phone: "0912345678" } }));
    const api = await fetch(`${base}/api/trpc/catalog.nope?input=${input}`);
    const apiId = api.headers.get("x-request-id")!;
    expect(apiId).toMatch(UUID);
    expect(apiId).not.toBe(pageId);

    expect(await lineFor(apiId)).toMatchObject({
      level: "info",
      method: "GET",
      path: "/api/trpc/catalog.nope",
      status: 404,
      ms: expect.any(Number),
    });
    // Pages and files are Next.js's to log, not one line each here.
    expect(parsed(appLines).some((l) => l.reqId === pageId)).toBe(false);
    expect(appLines.join("")).not.toMatch(/912345678|input=/);
  });

  it("keeps a safe id a proxy set, and replaces a hostile one before anything reads it", async () => {
    const kept = await fetch(`${base}/`, { headers: { "x-request-id": "nginx-7f3a9c01d2e4" } });
    expect(kept.headers.get("x-request-id")).toBe("nginx-7f3a9c01d2e4");
    expect(await kept.text()).toBe("nginx-7f3a9c01d2e4");

    for (const hostile of ['x" ,"level":"fatal', "short", "a".repeat(65), "+84912345678", "id with spaces"]) {
      const res = await fetch(`${base}/`, { headers: { "x-request-id": hostile } });
      const id = res.headers.get("x-request-id")!;
      expect(id).toMatch(UUID);
      expect(await res.text()).toBe(id);
    }
  });
});

describe("a notification enqueued by an API request", () => {
  it("carries the request's id into the outbox, and the worker logs its delivery and its failure under it", async () => {
    const farm = await createFarm(db);
    const product = await createProduct(db, farm.id);
    const { token, api } = guest(db);
    const cart = await api.cart.add({ productId: product.id, quantity: 1 });
    const buyerPhone = randomVnPhone();
    const input = placeInput(cart, { address: { ...HANOI_ADDRESS, phone: buyerPhone } });

    const res = await fetch(`${base}/api/trpc/checkout.placeOrder`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `cp_cart=${token}` },
      body: JSON.stringify(superjson.serialize(input)),
    });
    expect(res.status).toBe(200);
    const reqId = res.headers.get("x-request-id")!;
    const { code } = superjson.deserialize<{ code: string }>((await res.json()).result.data);
    expect(await lineFor(reqId)).toMatchObject({ method: "POST", path: "/api/trpc/checkout.placeOrder" });

    // Everything in the (truncated) outbox is this order's: the buyer's message and the farm's.
    const outbox = await db.outboxMessage.findMany({ orderBy: { topic: "asc" } });
    expect(outbox.map((m) => m.topic)).toEqual(["order.placed", "shop.order_received"]);
    for (const m of outbox) expect((m.payload as Record<string, unknown>).meta).toEqual({ reqId });

    // The worker: the buyer's message goes out, the farm's fails (provider down) and waits for a retry.
    const sent: OutgoingNotification[] = [];
    const workerLines: string[] = [];
    const result = await deliverOutbox(db, {
      logger: captureLogger(workerLines),
      sender: {
        name: "test",
        async send(m) {
          if (m.topic === "shop.order_received") throw new Error(`provider refused ${m.recipient}`);
          sent.push(m);
        },
      },
    });
    expect(result).toEqual({ sent: 1, retried: 1, parked: 0 });
    // The sender gets the message as enqueued: the request id is about it, not in it.
    expect(sent[0]!.payload).not.toHaveProperty("meta");
    expect(sent[0]!.payload).toMatchObject({ checkoutCode: code });

    const [placed, received] = outbox;
    expect(parsed(workerLines)).toEqual([
      expect.objectContaining({
        level: "info",
        msg: "outbox message sent",
        reqId,
        outboxId: placed!.id,
        topic: "order.placed",
        attempt: 1,
      }),
      expect.objectContaining({
        level: "warn",
        msg: "outbox message not sent, will retry",
        reqId,
        outboxId: received!.id,
        err: expect.objectContaining({ message: "provider refused [phone]" }),
      }),
    ]);
    // Neither the buyer's number nor the farm's, in any line of the request or of the worker.
    const everything = appLines.join("") + workerLines.join("");
    for (const phone of [buyerPhone, farm.phone!]) expect(everything).not.toContain(phone.slice(3));
  });
});
