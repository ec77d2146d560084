import { type AddressInfo, connect } from "node:net";
import { createDb, type PrismaClient } from "@cho-phien/db";
import { seedDemo } from "@cho-phien/db/seed";
import { truncateAll } from "@cho-phien/db/test-db";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServerOptions, createAppServer, MAX_API_BODY_BYTES } from "./app-server";
import {
  CATALOG_CACHE_TTL_SEC,
  createRedisResponseCache,
  type ResponseCache,
  redisAnswers,
} from "./response-cache";
import { securitySettingsFromEnv } from "./security-headers";
import { PUBLIC_CATALOG_CACHE_CONTROL, trpcHttpHandler } from "./trpc-handler";

/**
 * The production server of both apps over real sockets, with the run's real database and the machine's real
 * Redis (REDIS_URL, default 127.0.0.1:6379): only anonymous catalog reads are shared through the cache, everything
 * else reaches the tRPC handler, oversized bodies get a 413, non-API paths go to Next.js (here a stand-in
 * that answers "next"), and a dead Redis only means answers are computed.
 */
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/**
 * CI (and .ci/run, which starts Redis) requires it; on a laptop without Redis these tests are skipped with a
 * warning rather than failing the whole suite.
 */
const haveRedis = await redisAnswers(REDIS_URL);
if (!haveRedis) {
  if (process.env.CI) throw new Error(`CI needs Redis at ${REDIS_URL} for the response-cache tests`);
  console.warn(`\n⚠ Redis is not answering at ${REDIS_URL}: response-cache tests SKIPPED (CI runs them)\n`);
}
// Each run gets its own key space: the PGlite and server runs (and other checkouts) share one Redis.
const prefix = `cp:test:${process.pid}:${Date.now()}:`;

let db: PrismaClient;
let redis: Redis;
const servers: { close(): void }[] = [];
const caches: ResponseCache[] = [];

async function start(
  cache: ResponseCache | undefined,
  handler?: (req: Request) => Promise<Response>,
  more: Partial<AppServerOptions> = {},
): Promise<string> {
  const server = createAppServer({
    ...more,
    cache,
    handler,
    next: (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("next"),
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function cache(url = REDIS_URL): ResponseCache {
  const c = createRedisResponseCache(url, { prefix, log: () => {} });
  caches.push(c);
  return c;
}

/** Sends raw bytes (a request fetch() would refuse to send) and returns the status code answered. */
async function rawStatus(base: string, request: string): Promise<number> {
  return (await rawHead(base, request)).status;
}

/** Sends raw bytes and returns the status and headers of the answer (names lower-cased). */
function rawHead(base: string, request: string): Promise<{ status: number; headers: Headers }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => socket.write(request));
    let data = "";
    socket.on("data", (d) => {
      data += d;
      const end = data.indexOf("\r\n\r\n");
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(data);
      if (m && end >= 0) {
        const headers = new Headers();
        for (const line of data.slice(0, end).split("\r\n").slice(1)) {
          const colon = line.indexOf(":");
          headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
        }
        resolve({ status: Number(m[1]), headers });
        socket.destroy();
      }
    });
    socket.on("error", reject);
    socket.on("end", () => reject(new Error(`no status line in ${JSON.stringify(data)}`)));
  });
}

const listing = (base: string, input: unknown = { page: 1 }) =>
  `${base}/api/trpc/catalog.search?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

let base: string;

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

beforeAll(async () => {
  if (!haveRedis) return;
  const url = process.env.DATABASE_URL!;
  await truncateAll(url);
  db = createDb(url, 2);
  await seedDemo(db);
  redis = new Redis(REDIS_URL);
  base = await start(cache());
});

afterAll(async () => {
  if (!haveRedis) return;
  for (const s of servers) s.close();
  for (const c of caches) await c.close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  await db?.$disconnect();
});

describe.runIf(haveRedis)("app server: API fast path and shared catalog cache", () => {
  it("computes an anonymous listing once, then serves the same bytes from Redis for a few seconds", async () => {
    const url = listing(base, { page: 1, sort: "newest" });
    const first = await fetch(url);
    const firstBody = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get("x-cache")).toBe("MISS");
    expect(first.headers.get("cache-control")).toBe(PUBLIC_CATALOG_CACHE_CONTROL);
    expect(JSON.parse(firstBody).result.data.json.items.length).toBeGreaterThan(0);

    const second = await fetch(url);
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(second.headers.get("content-type")).toBe("application/json");
    expect(await second.text()).toBe(firstBody);

    const key = `${prefix}${new URL(url).pathname}${new URL(url).search}`;
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(CATALOG_CACHE_TTL_SEC);
  });

  it("shows a new listing through the API once the short TTL has passed (no stale catalog beyond it)", async () => {
    const url = listing(base, { page: 1, sort: "newest", pageSize: 5 });
    const before = await (await fetch(url)).json();
    const newestSlug = before.result.data.json.items[0].slug as string;
    // Make another approved product the newest: it must not appear until the cached copy expires.
    const other = await db.product.findFirstOrThrow({
      where: { listingStatus: "approved", slug: { not: newestSlug } },
      orderBy: { createdAt: "asc" },
    });
    await db.product.update({
      where: { id: other.id },
      data: { createdAt: new Date(Date.now() + 60_000) },
    });
    const cachedRes = await fetch(url);
    expect(cachedRes.headers.get("x-cache")).toBe("HIT");
    expect((await cachedRes.json()).result.data.json.items[0].slug).toBe(newestSlug);

    await new Promise((r) => setTimeout(r, CATALOG_CACHE_TTL_SEC * 1000 + 500));
    const fresh = await fetch(url);
    expect(fresh.headers.get("x-cache")).toBe("MISS");
    expect((await fresh.json()).result.data.json.items[0].slug).toBe(other.slug);
  });

  it("never shares what depends on the caller: session cookies, carts, other routers", async () => {
    const url = listing(base, { page: 1, sort: "price_asc" });
    await fetch(url); // now cached for anonymous callers
    // Any session cookie (here a forged one) skips the cache: the handler decides who is asking.
    const withSession = await fetch(url, {
      headers: { cookie: "chophien.session_token=forged.signature" },
    });
    expect(withSession.status).toBe(200);
    expect(withSession.headers.get("x-cache")).toBeNull();

    const methods = await fetch(`${base}/api/trpc/checkout.paymentMethods`);
    expect(methods.status).toBe(200);
    expect(methods.headers.get("x-cache")).toBeNull();
    expect(methods.headers.get("cache-control")).not.toBe(PUBLIC_CATALOG_CACHE_CONTROL);

    // A guest's first cart add is a POST that sets the cart cookie: passed through, never cached.
    const product = await db.product.findFirstOrThrow({
      where: { listingStatus: "approved", stock: { gt: 2 } },
    });
    const add = await fetch(`${base}/api/trpc/cart.add`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ json: { productId: product.id, quantity: 1 } }),
    });
    expect(add.status).toBe(200);
    expect(add.headers.getSetCookie().join(";")).toMatch(/cp_cart=/);
    expect(add.headers.get("x-cache")).toBeNull();
  });

  it("caches no error and no streamed answer", async () => {
    const bad = listing(base, { page: -1 });
    for (let i = 0; i < 2; i++) {
      const r = await fetch(bad);
      expect(r.status).toBe(400);
      expect(r.headers.get("x-cache")).toBeNull();
      await new Promise((r) => setTimeout(r, 50));
    }
    // httpBatchStreamLink: a batch, answered as JSON lines as each procedure finishes.
    const batchInput = encodeURIComponent(JSON.stringify({ 0: { json: { page: 2 } } }));
    const streamed = await fetch(`${base}/api/trpc/catalog.search?batch=1&input=${batchInput}`, {
      headers: { "trpc-accept": "application/jsonl" },
    });
    expect(streamed.status).toBe(200);
    expect(streamed.headers.get("x-cache")).toBeNull();
    expect(await streamed.text()).toMatch(/"items"/);
    expect((await redis.keys(`${prefix}*page%22%3A2*`)).length).toBe(0);
  });

  it("refuses a body over 1 MB with a 413 and answers the API's own errors as JSON", async () => {
    const huge = JSON.stringify({ json: { productId: "x".repeat(MAX_API_BODY_BYTES + 10), quantity: 1 } });
    const r = await fetch(`${base}/api/trpc/cart.add`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: huge,
    });
    expect(r.status).toBe(413);
    const missing = await fetch(`${base}/api/trpc/catalog.noSuchProcedure`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toBeTruthy();
  });

  it("answers hostile requests with a 4xx, never a 500", async () => {
    const statuses: Record<string, number> = {};
    const paths = {
      badPercent: "/api/trpc/catalog.search?input=%E0%A4%A",
      badJson: "/api/trpc/catalog.search?input=%7B%22json%22%3A",
      sqlish: `/api/trpc/catalog.search?input=${encodeURIComponent(JSON.stringify({ json: { q: '\'; DROP TABLE "Product"; --%_' } }))}`,
      encodedComma: "/api/trpc/catalog.search%2Ccart.get?batch=1&input=%7B%7D",
      noProcedure: "/api/trpc/",
    };
    for (const [name, p] of Object.entries(paths)) statuses[name] = (await fetch(`${base}${p}`)).status;
    statuses.badHost = await rawStatus(
      base,
      "GET /api/trpc/catalog.categories HTTP/1.1\r\nHost: [::1\r\n\r\n",
    );
    statuses.noHost = await rawStatus(base, "GET /api/trpc/catalog.categories HTTP/1.0\r\n\r\n");
    for (const [name, status] of Object.entries(statuses)) {
      expect({ name, status, ok: status < 500 }).toEqual({ name, status, ok: true });
    }
    // Quotes and LIKE metacharacters are just text to search for.
    expect(statuses.sqlish).toBe(200);
  });

  it("hands every other path to Next.js", async () => {
    for (const p of ["/", "/search?q=ot", "/api/auth/get-session", "/api/trpcx"]) {
      const r = await fetch(`${base}${p}`);
      expect(await r.text()).toBe("next");
    }
  });

  it("sends the security headers on API answers (computed, cached, errors) and on what Next.js answers", async () => {
    const common = {
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
      "x-frame-options": "DENY",
    };
    const headersOf = (h: Headers) =>
      Object.fromEntries(
        [...Object.keys(common), "content-security-policy", "strict-transport-security"].map((n) => [
          n,
          h.get(n),
        ]),
      );
    const json = { ...common, "content-security-policy": API_CSP, "strict-transport-security": null };

    const url = listing(base, { page: 3, sort: "newest" });
    const computed = await fetch(url);
    const cached = await fetch(url);
    expect(cached.headers.get("x-cache")).toBe("HIT");
    const badInput = await fetch(listing(base, { page: -1 }));
    const noProcedure = await fetch(`${base}/api/trpc/catalog.noSuchProcedure`);
    const mutation = await fetch(`${base}/api/trpc/cart.add`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ json: { productId: "nope", quantity: 1 } }),
    });
    // Refused before the tRPC handler (a Host that is not a URL): the server's own error answer.
    const brokenHost = await rawHead(base, "GET /api/trpc/cart.get HTTP/1.1\r\nHost: [::1\r\n\r\n");
    expect([computed.status, cached.status, badInput.status, noProcedure.status, brokenHost.status]).toEqual([
      200, 200, 400, 404, 400,
    ]);
    expect(mutation.status).toBeGreaterThanOrEqual(400);
    for (const r of [computed, cached, badInput, noProcedure, mutation, brokenHost]) {
      expect(headersOf(r.headers)).toEqual(json);
    }

    // A page: everything but the policy, which the app's proxy.ts adds with the page's nonce.
    const page = await fetch(`${base}/search?q=ot`);
    expect(await page.text()).toBe("next");
    expect(headersOf(page.headers)).toEqual({
      ...common,
      "content-security-policy": null,
      "strict-transport-security": null,
    });
    // Next.js's own route handlers under /api/ answer JSON too.
    expect((await fetch(`${base}/api/auth/get-session`)).headers.get("content-security-policy")).toBe(
      API_CSP,
    );
  });

  it("pins https when the public URL is https or the proxy says so, and lets the dashboard use the camera", async () => {
    const hsts = "max-age=31536000; includeSubDomains";
    const forwarded = await fetch(`${base}/api/trpc/catalog.noSuchProcedure`, {
      headers: { "x-forwarded-proto": "https" },
    });
    expect(forwarded.headers.get("strict-transport-security")).toBe(hsts);

    const dashboard = await start(undefined, undefined, {
      security: securitySettingsFromEnv("dashboard", { DASHBOARD_URL: "https://quanly.chophien.vn" }),
    });
    for (const p of ["/seller", "/api/trpc/catalog.noSuchProcedure"]) {
      const r = await fetch(`${dashboard}${p}`);
      expect(r.headers.get("strict-transport-security")).toBe(hsts);
      expect(r.headers.get("permissions-policy")).toBe(
        "camera=(self), microphone=(), geolocation=(), payment=()",
      );
    }
  });

  it("answers uncached when Redis is unreachable", async () => {
    const down = await start(cache("redis://127.0.0.1:1"));
    const r = await fetch(listing(down, { page: 1 }));
    expect(r.status).toBe(200);
    expect(r.headers.get("x-cache")).toBe("MISS");
    expect((await r.json()).result.data.json.items.length).toBeGreaterThan(0);
  });

  it("computes a cold listing once for many concurrent callers", async () => {
    let computed = 0;
    const counting = await start(cache(), (req) => {
      computed++;
      return trpcHttpHandler(req);
    });
    const url = listing(counting, { page: 1, sort: "price_desc", pageSize: 7 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(url)));
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(new Set(bodies).size).toBe(1);
    expect(computed).toBe(1);
  });
});
