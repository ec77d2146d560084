/**
 * Several instances agree, as production runs them: two storefront servers (`server.ts`, the same production
 * build) and two job workers on one Postgres and one Redis, behind a round-robin proxy like a load balancer.
 * Nothing a buyer or farmer depends on may live in one process's memory: a session made on one instance is
 * honoured (and ended) on the other, the per-account password lockout counts guesses on both, an overdue
 * transfer checkout is expired once although both workers sweep, a catalog answer computed on one is served
 * from the shared cache on the other, and stopping one instance mid-traffic loses no order and sells no unit
 * twice while clients retry with their idempotency key.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomInt, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { redisAnswers } from "@cho-phien/api/testing";
import { MAIN_DEMO_ACCOUNTS } from "@cho-phien/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, createFarm, db, stack } from "./fixtures";
import {
  buildApps,
  DEMO_PRODUCTION_ENV,
  freePort,
  LOG_DIR,
  missingBuilds,
  REPO_ROOT,
  type RunningApp,
  startApp,
  stopProcess,
} from "./harness";

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
// CI starts Redis (.ci/run); on a laptop without one only the shared-cache test is skipped, with a warning.
const haveRedis = await redisAnswers(REDIS_URL);
if (!haveRedis) {
  if (process.env.CI) throw new Error(`CI needs Redis at ${REDIS_URL} for the shared response cache test`);
  console.warn(`\n⚠ Redis is not answering at ${REDIS_URL}: the shared catalog cache test is SKIPPED\n`);
}

/**
 * A delivery address picked from the official list as the checkout form does (Phường Ba Đình, Hà Nội), for a
 * phone number of its own: orders are limited per phone (and unconfirmed COD orders per unverified phone), and
 * other files order for their own numbers in the same database.
 */
function deliveryAddress() {
  return {
    recipientName: "Nguyễn Thu Hà",
    phone: `098${String(randomInt(0, 10_000_000)).padStart(7, "0")}`,
    provinceCode: "01",
    wardCode: "00004",
    street: "12 Phố Điện Biên Phủ",
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ───────────────────────────── the round-robin proxy ─────────────────────────────

interface Proxy {
  url: string;
  /** Answers each upstream gave, and connections to it that failed (the client got a 502 or a reset). */
  answered: Map<string, number>;
  failed: Map<string, number>;
  close(): Promise<void>;
}

/**
 * What a load balancer does, and no more: each request goes to the next upstream in turn, with its method,
 * headers (Host included, as nginx's `proxy_set_header Host $host`) and body. A connection that fails before
 * the answer started is a 502; one that breaks mid-answer is cut on the client too. It never retries itself,
 * so every retry in these tests is the client's, and goes to the next upstream.
 */
async function startProxy(upstreams: string[]): Promise<Proxy> {
  const answered = new Map<string, number>();
  const failed = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let next = 0;
  const server: Server = createServer((req, res) => {
    const upstream = upstreams[next++ % upstreams.length];
    const target = new URL(upstream);
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const up = httpRequest(
        {
          hostname: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          // A connection per request: a pooled socket to an instance that is shutting down would turn a
          // refused connection into an ambiguous reset.
          agent: false,
        },
        (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
          upRes.on("end", () => bump(answered, upstream));
          upRes.on("error", () => {
            bump(failed, upstream);
            res.destroy();
          });
        },
      );
      up.on("error", (e) => {
        bump(failed, upstream);
        if (res.headersSent) return res.destroy();
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(`upstream ${target.host}: ${e.message}`);
      });
      up.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answered,
    failed,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

// ───────────────────────────── workers ─────────────────────────────

interface RunningWorker {
  logFile: string;
  stop(): Promise<void>;
}

/**
 * `pnpm --filter @cho-phien/api worker` as production runs it, resolved once its health port (which it opens
 * only after its jobs are registered with pg-boss) answers 200. In a process group of its own, like the apps.
 */
async function startWorker(name: string, env: Record<string, string>): Promise<RunningWorker> {
  await mkdir(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const log = createWriteStream(logFile);
  const healthPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/worker.ts"], {
    cwd: path.join(REPO_ROOT, "packages", "api"),
    env: {
      ...process.env,
      ...DEMO_PRODUCTION_ENV,
      NODE_ENV: "production",
      WORKER_HEALTH_PORT: String(healthPort),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.once("close", () => log.end());
  const worker = { logFile, stop: () => stopProcess(child) };
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    const problem =
      exited !== null
        ? `exited with code ${exited}`
        : Date.now() > deadline
          ? "no healthy answer within 120 s"
          : null;
    if (problem) {
      await worker.stop();
      throw new Error(`${name} did not start: ${problem} (log: ${logFile})`);
    }
    const status = await fetch(`http://127.0.0.1:${healthPort}/health`, {
      signal: AbortSignal.timeout(5_000),
    }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return worker;
    await sleep(500);
  }
}

/**
 * One more storefront server on the stack's production build. On a shared working tree someone else's
 * `next build` may have replaced `.next` since the stack started (CI builds alone): then turbo restores the
 * build from its cache first, as startStack does. One restore at a time for both instances.
 */
let restoring: Promise<void> | undefined;
async function startStorefront(port: number, env: Record<string, string>, logName: string) {
  for (let attempt = 1; ; attempt++) {
    if ((await missingBuilds(["storefront"])).length) {
      restoring ??= buildApps(["storefront"]).finally(() => {
        restoring = undefined;
      });
      await restoring;
    }
    try {
      return await startApp("storefront", port, env, { logName, timeoutMs: 180_000 });
    } catch (e) {
      if (attempt >= 3 || !/Could not find a production build/.test((e as Error).message)) throw e;
    }
  }
}

// ───────────────────────────── HTTP clients ─────────────────────────────

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** JSON from the wire (null for a proxy's plain-text 502), narrowed by each assertion. */
  body: any;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // a proxy's 502 is plain text
  }
  return { status: res.status, headers: res.headers, text, body };
}

/** The `name=value` pairs of an answer's Set-Cookie headers, as a browser would send them back. */
function cookiesOf(res: Answer, earlier = ""): string {
  const set = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  return [earlier, ...set].filter(Boolean).join("; ");
}

/**
 * One call to the tRPC API over HTTP as any client outside the apps makes it: superjson's `{ json }` envelope,
 * a GET with `?input=` for queries, a POST for mutations, no batching.
 */
async function callApi(
  base: string,
  procedure: string,
  opts: { input?: unknown; mutation?: boolean; cookie?: string } = {},
): Promise<Answer> {
  const url = new URL(`/api/trpc/${procedure}`, base);
  const headers: Record<string, string> = opts.cookie ? { cookie: opts.cookie } : {};
  if (!opts.mutation && opts.input !== undefined) {
    url.searchParams.set("input", JSON.stringify({ json: opts.input }));
  }
  const res = await fetch(url, {
    method: opts.mutation ? "POST" : "GET",
    headers: opts.mutation ? { ...headers, "content-type": "application/json" } : headers,
    body: opts.mutation ? JSON.stringify({ json: opts.input }) : undefined,
    signal: AbortSignal.timeout(60_000),
  });
  return answer(res);
}

/** What a procedure returned (superjson's `json` part), failing with the answer when it did not succeed. */
function dataOf(a: Answer) {
  expect(a.status, a.text.slice(0, 500)).toBe(200);
  return a.body.result.data.json;
}

/** Password sign-in on one instance, from the public site's origin (better-auth's trustedOrigins). */
async function signIn(base: string, origin: string, phoneNumber: string, password: string): Promise<Answer> {
  const res = await fetch(new URL("/api/auth/sign-in/phone-number", base), {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ phoneNumber, password }),
    signal: AbortSignal.timeout(60_000),
  });
  return answer(res);
}

// ───────────────────────────── the instances ─────────────────────────────

let proxy: Proxy | undefined;
let storefrontA: RunningApp | undefined;
let storefrontB: RunningApp | undefined;
const workers: RunningWorker[] = [];

beforeAll(async () => {
  const ports = { a: await freePort(), b: await freePort() };
  const upstreams = [`http://127.0.0.1:${ports.a}`, `http://127.0.0.1:${ports.b}`];
  proxy = await startProxy(upstreams);
  const env: Record<string, string> = {
    DATABASE_URL: stack().databaseUrl,
    // The public address is the proxy's, as behind a real load balancer: it is the origin browsers send.
    STOREFRONT_URL: proxy.url,
    DASHBOARD_URL: stack().dashboardUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    OUTBOX_POLL_SECONDS: "1",
    // Spawned from a Vitest worker they inherit VITEST, which makes the logger silent: their logs are for
    // whoever reads a failure.
    LOG_LEVEL: "info",
    ...(haveRedis ? { REDIS_URL } : {}),
  };
  // Started together, and every one that did start is kept for afterAll even when another failed. The
  // second worker waits for the first: on a database where pg-boss has not created the queues yet, two
  // workers creating them at once deadlock in Postgres and one exits (start-job-queue.ts, createQueue).
  const workersStarted = (async () => {
    workers.push(await startWorker("multi-instance-worker-1", env));
    workers.push(await startWorker("multi-instance-worker-2", env));
  })();
  const [a, b, w] = await Promise.allSettled([
    startStorefront(ports.a, env, "multi-instance-storefront-a"),
    startStorefront(ports.b, env, "multi-instance-storefront-b"),
    workersStarted,
  ]);
  if (a.status === "fulfilled") storefrontA = a.value;
  if (b.status === "fulfilled") storefrontB = b.value;
  const failed = [a, b, w].find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}, 600_000);

afterAll(async () => {
  await Promise.all([
    storefrontA?.stop(),
    storefrontB?.stop(),
    ...workers.map((w) => w.stop()),
    proxy?.close(),
  ]);
});

const a = () => storefrontA!.url;
const b = () => storefrontB!.url;

describe("two storefront instances and two workers on one database and one Redis", () => {
  it("honours a session made on one instance on the other, and ends it on both at sign-out", async () => {
    const seller = MAIN_DEMO_ACCOUNTS.find((x) => x.role === "seller")!;
    const signedIn = await signIn(a(), proxy!.url, seller.phone, seller.password);
    expect(signedIn.status, signedIn.text).toBe(200);
    const cookie = cookiesOf(signedIn);
    expect(cookie).toContain("chophien.session_token=");

    const me = dataOf(await callApi(b(), "account.me", { cookie }));
    const user = await db().user.findUniqueOrThrow({ where: { phoneNumber: `+84${seller.phone.slice(1)}` } });
    expect(me).toMatchObject({ id: user.id, role: "seller", phoneNumber: user.phoneNumber });

    // Signing out on B deletes the session row: A, which issued it, no longer knows the cookie either.
    const out = await fetch(new URL("/api/auth/sign-out", b()), {
      method: "POST",
      headers: { cookie, origin: proxy!.url, "content-type": "application/json" },
      body: "{}",
    });
    expect(out.status, await out.text()).toBe(200);
    const after = await callApi(a(), "account.me", { cookie });
    expect(after.status).toBe(401);
    expect(after.body.error.json.data.code).toBe("UNAUTHORIZED");
  });

  it("counts wrong passwords for one account on both instances and locks it on both", async () => {
    // An account of this test's own: it stays locked for 15 minutes after the test.
    const buyer = await createAccount({ name: "Lò Văn Khoá" });
    const origin = proxy!.url;
    for (const [base, n] of [
      [a(), 1],
      [b(), 2],
      [a(), 3],
      [b(), 4],
      [a(), 5],
    ] as const) {
      const wrong = await signIn(base, origin, buyer.phone, `sai-mat-khau-${n}`);
      expect(wrong.status, `wrong password ${n}: ${wrong.text}`).toBe(401);
    }
    const row = await db().rateLimit.findUnique({ where: { key: `signin:fail:${buyer.phoneE164}` } });
    expect(row?.count).toBe(5);

    for (const base of [a(), b()]) {
      const locked = await signIn(base, origin, buyer.phone, buyer.password);
      expect(locked.status, locked.text).toBe(429);
      expect(locked.body.code).toBe("SIGN_IN_LOCKED");
      expect(locked.headers.get("set-cookie")).toBeNull();
    }
    expect(await db().session.count({ where: { userId: buyer.id } })).toBe(0);
  });

  it("expires an overdue transfer checkout exactly once while both workers sweep", async () => {
    const owner = await createAccount({ name: "Vàng Thị Hạn", role: "seller" });
    const { product } = await createFarm(owner.id, { title: "Mật ong bạc hà thử hết hạn", stock: 20 });

    const added = await callApi(proxy!.url, "cart.add", {
      mutation: true,
      input: { productId: product.id, quantity: 3 },
    });
    const cart = dataOf(added);
    const placed = dataOf(
      await callApi(proxy!.url, "checkout.placeOrder", {
        mutation: true,
        cookie: cookiesOf(added),
        input: {
          idempotencyKey: randomUUID(),
          address: deliveryAddress(),
          paymentMethod: "vietqr",
          carriers: [],
          lines: seenLines(cart),
        },
      }),
    );
    const checkout = await db().checkout.findUniqueOrThrow({
      where: { code: placed.code },
      include: { orders: { select: { id: true } } },
    });
    expect(checkout.status).toBe("pending_payment");
    expect(checkout.orders).toHaveLength(1);
    expect(await stockOf(product.id)).toBe(17);

    // As if the buyer's 30 minutes had passed: the next per-minute sweep, on whichever worker, takes it.
    await db().checkout.update({
      where: { id: checkout.id },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    await expect
      .poll(async () => (await db().checkout.findUniqueOrThrow({ where: { id: checkout.id } })).status, {
        timeout: 130_000,
        interval: 2_000,
      })
      .toBe("expired");
    // Long enough for a second, racing sweep (workers poll every 5 s) to have done harm if it could.
    await sleep(6_000);

    expect(await stockOf(product.id)).toBe(20);
    const orderId = checkout.orders[0].id;
    expect(await db().orderStatusEvent.count({ where: { orderId, to: "cancelled" } })).toBe(1);
    expect(await db().auditLog.count({ where: { entityType: "Checkout", entityId: checkout.id } })).toBe(1);
    expect(
      await db().auditLog.count({
        where: { entityType: "Order", entityId: orderId, action: "order.cancelled" },
      }),
    ).toBe(1);
    expect(
      await db().outboxMessage.count({
        where: { topic: "payment.expired", payload: { path: ["checkoutCode"], equals: placed.code } },
      }),
    ).toBe(1);
    const final = await db().checkout.findUniqueOrThrow({
      where: { id: checkout.id },
      include: { payment: true, orders: true },
    });
    expect(final.payment?.status).toBe("expired");
    expect(final.orders.map((o) => o.status)).toEqual(["cancelled"]);
  }, 180_000);

  it.skipIf(!haveRedis)(
    "serves a catalog answer computed on one instance from the shared cache on the other",
    async () => {
      // An input no one asked for yet (the Redis is shared with every other run on this machine), that still
      // matches products: every price in the demo is above 1,000 ₫.
      const input = { q: "ớt", minPrice: randomInt(1, 1000), sort: "price_asc" };
      const first = await callApi(a(), "catalog.search", { input });
      expect(first.status, first.text.slice(0, 300)).toBe(200);
      expect(first.headers.get("x-cache")).toBe("MISS");
      expect(first.body.result.data.json.items.length).toBeGreaterThan(0);

      const second = await callApi(b(), "catalog.search", { input });
      expect(second.status).toBe(200);
      expect(second.headers.get("x-cache")).toBe("HIT");
      expect(second.text).toBe(first.text);
    },
  );

  it("loses no order and sells no unit twice when one instance stops mid-traffic", async () => {
    const owner = await createAccount({ name: "Sùng Văn Bền", role: "seller" });
    const stock = 500;
    const { product } = await createFarm(owner.id, { title: "Chè Shan tuyết thử tải", stock });
    const orders = Array.from({ length: 20 }, (_, i) => ({ key: randomUUID(), quantity: (i % 3) + 1 }));
    const lanes = 4;
    const codes = new Map<string, string>();
    let retries = 0;
    let placedSoFar = 0;
    let stopping: Promise<void> | undefined;

    /** Sends `call` until an instance answers: a 502 or a cut connection goes to the next one. */
    const untilAnswered = async (what: string, call: () => Promise<Answer>): Promise<Answer> => {
      for (let attempt = 1; ; attempt++) {
        let why: string;
        try {
          const res = await call();
          if (res.status !== 502) return res;
          why = res.text;
        } catch (e) {
          why = (e as Error).cause ? String((e as Error).cause) : (e as Error).message;
        }
        if (attempt >= 8) throw new Error(`${what}: no instance answered after ${attempt} tries (${why})`);
        retries++;
        await sleep(200);
      }
    };

    const placeOne = async ({ key, quantity }: (typeof orders)[number]) => {
      // A guest of their own per order. Repeating a lost cart.add is harmless: without the cookie it
      // answered, the retry simply starts another cart.
      const added = await untilAnswered(`cart.add ${key}`, () =>
        callApi(proxy!.url, "cart.add", { mutation: true, input: { productId: product.id, quantity } }),
      );
      const cart = dataOf(added);
      const input = {
        idempotencyKey: key,
        address: deliveryAddress(),
        paymentMethod: "cod",
        carriers: [],
        lines: seenLines(cart),
      };
      // The SAME key on every retry: if the lost attempt did commit, the retry gets that checkout back.
      const placed = dataOf(
        await untilAnswered(`placeOrder ${key}`, () =>
          callApi(proxy!.url, "checkout.placeOrder", { mutation: true, cookie: cookiesOf(added), input }),
        ),
      );
      codes.set(key, placed.code);
      // A few orders in, instance A goes away (SIGTERM, as a rolling deploy does) while the others are in flight.
      if (++placedSoFar === 6) stopping = storefrontA!.stop();
    };

    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        for (let i = lane; i < orders.length; i += lanes) await placeOne(orders[i]);
      }),
    );
    await stopping;

    // Every request eventually succeeded, and A really was gone for part of the run.
    expect(codes.size).toBe(orders.length);
    expect(retries, "no request was retried: instance A was never hit after it stopped").toBeGreaterThan(0);
    expect(proxy!.failed.get(a()) ?? 0).toBeGreaterThan(0);
    expect(proxy!.answered.get(b()) ?? 0).toBeGreaterThan(0);

    // Exactly one checkout per idempotency key, the one its client was told about.
    const rows = await db().checkout.findMany({
      where: { idempotencyKey: { in: orders.map((o) => o.key) } },
      select: { idempotencyKey: true, code: true, status: true },
    });
    expect(rows).toHaveLength(orders.length);
    for (const r of rows)
      expect(r).toEqual({
        idempotencyKey: r.idempotencyKey,
        code: codes.get(r.idempotencyKey),
        status: "placed",
      });

    // Stock went down by exactly what was ordered: no order was reserved twice.
    const ordered = orders.reduce((s, o) => s + o.quantity, 0);
    expect(await stockOf(product.id)).toBe(stock - ordered);
    const sold = await db().orderItem.aggregate({
      where: { productId: product.id },
      _sum: { quantity: true },
    });
    expect(sold._sum.quantity).toBe(ordered);
  });
});

/** The lines exactly as a checkout page rendering this cart view would post them. */
function seenLines(cart: {
  groups: { lines: { productId: string; quantity: number; priceVnd: number }[] }[];
}) {
  return cart.groups.flatMap((g) =>
    g.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, priceVnd: l.priceVnd })),
  );
}

async function stockOf(productId: string): Promise<number> {
  return (await db().product.findUniqueOrThrow({ where: { id: productId }, select: { stock: true } })).stock;
}
