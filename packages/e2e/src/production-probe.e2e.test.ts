/**
 * A production start probed from outside, over plain HTTP, as someone on the internet would probe it.
 *
 * First the refusals: the storefront's production server (`server.ts`, as `pnpm start` runs it) exits with one
 * line naming the problem, and never listens, when AUTH_SECRET is missing, when its database holds the demo
 * accounts, or when one-time codes would only go to the log.
 *
 * Then one storefront with real production settings on a fresh database (categories only, no demo accounts):
 * a random secret, SMS through the real eSMS adapter to a local fake, a real bank account number, no
 * TRUST_PROXY. Against it: the security headers of pages and JSON, the health answer, the tRPC batch cap, the
 * published demo password opening nothing, guesses at a guest order throttled however X-Forwarded-For is
 * forged, and an OTP sign-in that works end to end without the code or the number reaching the server's log.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type FakeEsms, startFakeEsms } from "@cho-phien/api/testing";
import { createDb, type PrismaClient } from "@cho-phien/db";
import { MAIN_DEMO_ACCOUNTS, seedReferenceData } from "@cho-phien/db/seed";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { stack } from "./fixtures";
import {
  createStackDatabase,
  freePort,
  LOG_DIR,
  REPO_ROOT,
  type StackDatabase,
  stopProcess,
} from "./harness";

/** How long a refusing server may take to say so: it loads tsx and the API's modules first (2 busy cores). */
const REFUSAL_TIMEOUT_MS = 90_000;
/** A real-looking account number: the placeholder one is itself a refusal. */
const BANK_ACCOUNT_NO = "0071000123456";
/** A page policy whose scripts need this answer's nonce; captures the nonce. */
const PAGE_SCRIPT_SRC = /(?:^|; )script-src 'self' 'nonce-([A-Za-z0-9+/]+={0,2})' 'strict-dynamic'(?:;|$)/;
/** What JSON gets: nothing may load, run or frame it (packages/api/src/http/security-headers.ts). */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";
/** The guest look-up allowances, as docs/operations.md states them: wrong tries per client and per code. */
const LOOKUP_FAILURES_PER_CLIENT = 20;
const LOOKUP_FAILURES_PER_CODE = 5;

/**
 * Settings a developer's shell or root .env could supply, pinned empty: an empty variable counts as unset to
 * the env schemas, and a variable already set is never replaced by the .env file (load-root-env.ts). So each
 * start below runs with exactly the settings its test names.
 */
const UNSET: Record<string, string> = Object.fromEntries(
  [
    "AUTH_SECRET",
    "ALLOW_LOG_SENDER",
    "ALLOW_DEMO_ACCOUNTS",
    "MESSAGE_PROVIDER",
    "ESMS_API_URL",
    "ESMS_API_KEY",
    "ESMS_SECRET_KEY",
    "ESMS_BRANDNAME",
    "ZNS_ACCESS_TOKEN",
    "ZNS_OTP_TEMPLATE_ID",
    "ZNS_ORDER_TEMPLATE_ID",
    "VIETQR_ACCOUNT_NO",
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "TRUST_PROXY",
    "REDIS_URL",
    "STOREFRONT_URL",
    "DASHBOARD_URL",
  ].map((k) => [k, ""]),
);

// ───────────────────────────── the server process ─────────────────────────────

interface ServerProcess {
  url: string;
  stdout(): string;
  stderr(): string;
  /** The exit code (null when a signal ended it), once the process is gone and all its output was read. */
  closed: Promise<number | null>;
  stop(): Promise<void>;
}

const started = new Set<ServerProcess>();

/**
 * The storefront's production server on a free port, like harness startApp, but keeping its output in memory
 * (and in test-results/<logName>.log for whoever reads a CI failure) and its exit code: a refusal is a process
 * that ends, and the log is something these tests read. `env` gets the server's own URL.
 */
async function spawnStorefront(
  env: (url: string) => Record<string, string>,
  logName: string,
): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  await mkdir(LOG_DIR, { recursive: true });
  const log = createWriteStream(path.join(LOG_DIR, `${logName}.log`));
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "server.ts", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: path.join(REPO_ROOT, "apps", "storefront"),
      env: {
        ...process.env,
        ...UNSET,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        // This worker's VITEST would silence the server's logger (logger.ts); a real server has none. Its most
        // talkative level, so "nothing personal in the log" is checked against every line it can write.
        VITEST: "",
        LOG_LEVEL: "debug",
        ...env(url),
      },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so stopping it ends anything it forked (stopProcess signals the group).
      detached: true,
    },
  );
  let out = "";
  let err = "";
  child.stdout?.on("data", (d) => {
    out += String(d);
    log.write(d);
  });
  child.stderr?.on("data", (d) => {
    err += String(d);
    log.write(d);
  });
  const closed = new Promise<number | null>((resolve) => {
    child.once("error", () => resolve(null));
    child.once("close", (code) => {
      log.end();
      resolve(code);
    });
  });
  const proc: ServerProcess = {
    url,
    stdout: () => out,
    stderr: () => err,
    closed,
    stop: async () => {
      await stopProcess(child);
      // The pipes close right after the exit; never wait on them for long.
      await Promise.race([closed, sleep(5_000)]);
    },
  };
  started.add(proc);
  return proc;
}

/** Resolves once the server answers HTTP; fails with its output if it exited or stayed silent. */
async function waitUntilServing(proc: ServerProcess, timeoutMs: number): Promise<void> {
  let exited: number | null | undefined;
  void proc.closed.then((code) => {
    exited = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== undefined) break;
    try {
      const res = await fetch(`${proc.url}/api/health`, { signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      return;
    } catch {
      await sleep(250);
    }
  }
  const why = exited !== undefined ? `exited with code ${exited}` : `no answer within ${timeoutMs / 1000} s`;
  throw new Error(
    `storefront did not start: ${why}\n${proc.stderr().slice(-3000)}\n${proc.stdout().slice(-3000)}`,
  );
}

interface Refusal {
  /** The exit code, or "still running" when it did not stop within REFUSAL_TIMEOUT_MS. */
  exit: number | null | "still running";
  /** Every "refusing to start" line it wrote to stderr. */
  refusals: string[];
  stdout: string;
  stderr: string;
}

/** Starts a storefront that should refuse, and reports how it ended. */
async function attemptStart(env: Record<string, string>, logName: string): Promise<Refusal> {
  const proc = await spawnStorefront(() => env, logName);
  const exit = await Promise.race([
    proc.closed,
    sleep(REFUSAL_TIMEOUT_MS).then(() => "still running" as const),
  ]);
  if (exit === "still running") await proc.stop();
  return {
    exit,
    refusals: proc
      .stderr()
      .split("\n")
      .filter((l) => l.includes("refusing to start")),
    stdout: proc.stdout(),
    stderr: proc.stderr(),
  };
}

// ───────────────────────────── HTTP ─────────────────────────────

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return answer(await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(60_000) }));
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return answer(
    await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    }),
  );
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // pages are HTML
  }
  return { status: res.status, headers: res.headers, text, body };
}

/** One tRPC query as any client sends it: `?input=` holding superjson's `{ json }` envelope, no batching. */
function trpcQueryUrl(base: string, procedure: string, input: unknown): string {
  const url = new URL(`/api/trpc/${procedure}`, base);
  url.searchParams.set("input", JSON.stringify({ json: input }));
  return url.toString();
}

/** The `name=value` of the session cookie an answer set, if any. */
function sessionCookieOf(a: Answer): string | undefined {
  return a.headers
    .getSetCookie()
    .find((c) => c.startsWith("chophien.session_token="))
    ?.split(";")[0];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A mobile number no seeded row uses: 098 is a Viettel prefix, so it passes the carrier check. */
function newPhone(): { local: string; e164: string } {
  const local = `098${String(randomInt(0, 10_000_000)).padStart(7, "0")}`;
  return { local, e164: `+84${local.slice(1)}` };
}

// ───────────────────────────── the fresh database and the fake SMS provider ─────────────────────────────

let freshDb: StackDatabase | undefined;
let fresh: PrismaClient | undefined;
let esms: FakeEsms | undefined;

/** Everything a production storefront needs, right: only `overrides` makes a start unsafe. */
function productionEnv(databaseUrl: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(48).toString("base64"),
    ...esms!.env(),
    VIETQR_ACCOUNT_NO: BANK_ACCOUNT_NO,
    ...overrides,
  };
}

beforeAll(async () => {
  // As `pnpm start` leaves a new installation: migrated, the categories, no accounts.
  freshDb = await createStackDatabase();
  fresh = createDb(freshDb.url, 2);
  await seedReferenceData(fresh);
  esms = await startFakeEsms();
}, 120_000);

// Everything this file started, also when a step failed half-way.
afterAll(async () => {
  await Promise.all([...started].map((p) => p.stop().catch(() => {})));
  await esms?.close();
  await fresh?.$disconnect();
  await freshDb?.drop();
});

// ───────────────────────────── refusals ─────────────────────────────

describe("a production start with unsafe settings refuses, one line each, and never listens", () => {
  let noSecret: Promise<Refusal>;
  let demoAccounts: Promise<Refusal>;
  let logSender: Promise<Refusal>;

  beforeAll(() => {
    // The three start together: each spends most of its time loading modules.
    noSecret = attemptStart(
      productionEnv(freshDb!.url, { AUTH_SECRET: "" }),
      "production-probe-refusal-no-secret",
    );
    // The browser tests' own database, seeded with the demo accounts and their published password.
    demoAccounts = attemptStart(productionEnv(stack().databaseUrl), "production-probe-refusal-demo-accounts");
    logSender = attemptStart(
      productionEnv(freshDb!.url, { MESSAGE_PROVIDER: "log" }),
      "production-probe-refusal-log-sender",
    );
    // Settled here so a rejection is reported by its test, not as an unhandled one.
    for (const p of [noSecret, demoAccounts, logSender]) p.catch(() => {});
  });

  /** Exit code 1, exactly the one expected refusal line on stderr, and no "ready" line. */
  function expectRefused(r: Refusal, line: RegExp) {
    expect(r.exit, `${r.stderr}\n${r.stdout}`.slice(-3000)).toBe(1);
    expect(r.refusals).toEqual([expect.stringMatching(line)]);
    expect(r.stdout).not.toContain("> ready");
  }

  test("without AUTH_SECRET", async () => {
    expectRefused(await noSecret, /^\[storefront\] refusing to start: AUTH_SECRET is not set /);
  });

  test("on a database holding the demo accounts, without ALLOW_DEMO_ACCOUNTS=1", async () => {
    expectRefused(
      await demoAccounts,
      /^\[storefront\] refusing to start: the database holds \d+ demo accounts with the published demo password/,
    );
  });

  test("with MESSAGE_PROVIDER=log, without ALLOW_LOG_SENDER=1", async () => {
    expectRefused(await logSender, /^\[storefront\] refusing to start: MESSAGE_PROVIDER is `log`: /);
  });
});

// ───────────────────────────── a production instance ─────────────────────────────

describe("a production storefront on a fresh database, probed over HTTP", () => {
  let server: ServerProcess | undefined;
  /** Phone numbers the tests below gave the server; its log must hold none of them (checked last). */
  const givenPhones: string[] = [];
  const url = (p: string) => new URL(p, server!.url).toString();

  beforeAll(async () => {
    server = await spawnStorefront(
      (own) => productionEnv(freshDb!.url, { STOREFRONT_URL: own }),
      "production-probe-storefront",
    );
    await waitUntilServing(server, 180_000);
  }, 240_000);

  test("every answer carries the security headers: pages a nonce'd script policy, JSON one that loads nothing", async () => {
    const home = await get(url("/"));
    const again = await get(url("/"));
    const missing = await get(url("/khong-co-trang-nay"));
    const health = await get(url("/api/health"));
    const api = await get(url("/api/trpc/catalog.categories"));
    expect([home.status, missing.status, health.status, api.status]).toEqual([200, 404, 200, 200]);

    for (const [what, page] of [
      ["home", home],
      ["404 page", missing],
    ] as const) {
      const csp = page.headers.get("content-security-policy") ?? "";
      const nonce = PAGE_SCRIPT_SRC.exec(csp)?.[1];
      expect(nonce, `${what}: script-src with a nonce in "${csp}"`).toBeTruthy();
      expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
      expect(csp.split("; ")).toEqual(
        expect.arrayContaining(["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]),
      );
      // The page's own scripts carry it, or a browser would run none of them.
      expect(page.text, what).toContain(`nonce="${nonce}"`);
    }
    // One nonce per answer: a nonce that repeats is one an attacker can copy into an injected script.
    expect(home.headers.get("content-security-policy")).not.toBe(
      again.headers.get("content-security-policy"),
    );
    expect(health.headers.get("content-security-policy")).toBe(API_POLICY);
    expect(api.headers.get("content-security-policy")).toBe(API_POLICY);

    for (const [what, a] of [
      ["home", home],
      ["404 page", missing],
      ["/api/health", health],
      ["tRPC", api],
    ] as const) {
      expect(
        {
          nosniff: a.headers.get("x-content-type-options"),
          referrer: a.headers.get("referrer-policy"),
          permissions: a.headers.get("permissions-policy"),
          frame: a.headers.get("x-frame-options"),
          // Plain http with no proxy in front: HSTS would be wrong here (and browsers ignore it over http).
          hsts: a.headers.get("strict-transport-security"),
          poweredBy: a.headers.get("x-powered-by"),
        },
        what,
      ).toEqual({
        nosniff: "nosniff",
        referrer: "strict-origin-when-cross-origin",
        permissions: "camera=(), microphone=(), geolocation=(), payment=()",
        frame: "DENY",
        hsts: null,
        poweredBy: null,
      });
    }
  });

  test("/api/health says ok, is never cached, and reports only the checks", async () => {
    const health = await get(url("/api/health"));
    expect(health.status).toBe(200);
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(health.body).toEqual({
      status: "ok",
      database: { ok: true, ms: expect.any(Number) },
      redis: "skipped",
      migrations: { applied: expect.any(String), expected: health.body.migrations.applied, upToDate: true },
    });
  });

  test("a tRPC batch of more than 10 calls is refused whole; 10 are answered", async () => {
    const batch = (n: number) =>
      get(url(`/api/trpc/${Array.from({ length: n }, () => "catalog.categories").join(",")}?batch=1`));
    const ten = await batch(10);
    expect(ten.status, ten.text.slice(0, 300)).toBe(200);
    expect(ten.body).toHaveLength(10);
    for (const call of ten.body) expect(call.result.data.json.length).toBeGreaterThan(0);

    for (const n of [11, 40]) {
      const refused = await batch(n);
      expect(refused.status, `${n} calls: ${refused.text.slice(0, 300)}`).toBe(400);
      expect(refused.text).not.toContain("result");
    }
  });

  test("the published demo password opens nothing", async () => {
    const seller = MAIN_DEMO_ACCOUNTS.find((a) => a.role === "seller")!;
    expect(seller.phone).toBe("0901000002");
    const signIn = await post(
      url("/api/auth/sign-in/phone-number"),
      { phoneNumber: seller.phone, password: seller.password },
      { origin: server!.url },
    );
    expect(signIn.status, signIn.text).toBe(401);
    expect(sessionCookieOf(signIn)).toBeUndefined();
    expect(await fresh!.session.count()).toBe(0);
  });

  test("guesses at a guest order are throttled per client, and forging X-Forwarded-For resets nothing", async () => {
    const buyer = newPhone();
    givenPhones.push(buyer.local);
    const [orderA, orderB] = await createGuestOrders(fresh!, buyer.e164, 2);
    const lookUp = (code: string, phone: string, forwardedFor?: string) =>
      get(
        trpcQueryUrl(server!.url, "orders.byCode", { code, phone }),
        forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
      );
    /** 30 wrong tries from this one client, each claiming to come from another address. */
    const guess = async (nth: (i: number) => { code: string; phone: string }, net: string) => {
      const codes: string[] = [];
      for (let i = 0; i < 30; i++) {
        const { code, phone } = nth(i);
        const a = await lookUp(code, phone, `${net}.${i + 1}`);
        expect([404, 429], a.text.slice(0, 300)).toContain(a.status);
        codes.push(a.body.error.json.data.code);
      }
      return codes;
    };
    const runs = (codes: string[]) => ({
      notFound: codes.indexOf("TOO_MANY_REQUESTS"),
      thenOnly429: codes.slice(codes.indexOf("TOO_MANY_REQUESTS")).every((c) => c === "TOO_MANY_REQUESTS"),
    });

    // Wrong phones for one real order: its code is closed after 5 wrong tries.
    const wrongPhones = await guess(
      (i) => ({ code: orderA, phone: `09123${String(i).padStart(5, "0")}` }),
      "203.0.113",
    );
    expect(runs(wrongPhones)).toEqual({ notFound: LOOKUP_FAILURES_PER_CODE, thenOnly429: true });
    const rightButClosed = await lookUp(orderA, buyer.local);
    expect(rightButClosed.status, rightButClosed.text).toBe(429);

    // Wrong codes, a new one each time: only the per-client count can stop these, and it does, although
    // every request named another address (X-Forwarded-For is not believed without TRUST_PROXY).
    const wrongCodes = await guess(
      () => ({ code: `CP${randomUUID().slice(0, 10).toUpperCase()}-1`, phone: buyer.local }),
      "198.51.100",
    );
    const left = LOOKUP_FAILURES_PER_CLIENT - LOOKUP_FAILURES_PER_CODE;
    expect(runs(wrongCodes)).toEqual({ notFound: left, thenOnly429: true });
    // From this client even the right code and phone of an untouched order is refused now.
    const rightButThrottled = await lookUp(orderB, buyer.local);
    expect(rightButThrottled.status, rightButThrottled.text).toBe(429);
    expect(rightButThrottled.body.error.json.data.code).toBe("TOO_MANY_REQUESTS");

    // Counted against the socket's address only; none of the 60 forged ones got a counter of its own.
    const perClient = await fresh!.rateLimit.findMany({
      where: { key: { startsWith: "order-lookup:ip:" } },
      select: { key: true, count: true },
    });
    expect(perClient).toEqual([{ key: "order-lookup:ip:127.0.0.1", count: LOOKUP_FAILURES_PER_CLIENT }]);
    expect(await fresh!.rateLimit.count({ where: { key: { contains: "203.0.113." } } })).toBe(0);
    expect(await fresh!.rateLimit.count({ where: { key: { contains: "198.51.100." } } })).toBe(0);

    // Once the 15-minute window has passed (moved back here), the buyer's own look-up is answered again.
    await fresh!.rateLimit.updateMany({
      where: { key: { startsWith: "order-lookup:" } },
      data: { lastRequest: BigInt(Date.now() - 16 * 60 * 1000) },
    });
    for (const code of [orderA, orderB]) {
      const mine = await lookUp(code, buyer.local);
      expect(mine.status, mine.text.slice(0, 300)).toBe(200);
      expect(mine.body.result.data.json.code).toBe(code);
    }
  });

  test("a one-time code goes out by SMS through the eSMS adapter and signs in; the log never shows it", async () => {
    const phone = newPhone();
    givenPhones.push(phone.local);
    const origin = { origin: server!.url };
    const sent = await post(url("/api/auth/phone-number/send-otp"), { phoneNumber: phone.local }, origin);
    expect(sent.status, sent.text).toBe(200);

    const sms = esms!.delivered.filter((m) => m.phone === phone.local);
    expect(sms, JSON.stringify(esms!.requests)).toHaveLength(1);
    expect(sms[0].brandname).toBe("CHOPHIEN");
    const code = /^(\d{6}) la ma dang nhap Cho Phien/.exec(sms[0].content)?.[1];
    expect(code, sms[0].content).toBeTruthy();

    const verified = await post(
      url("/api/auth/phone-number/verify"),
      { phoneNumber: phone.local, code },
      origin,
    );
    expect(verified.status, verified.text).toBe(200);
    const cookie = sessionCookieOf(verified);
    expect(cookie).toBeTruthy();
    const setCookie = verified.headers.getSetCookie().find((c) => c.startsWith("chophien.session_token="));
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    const me = await get(trpcQueryUrl(server!.url, "account.me", undefined), { cookie: cookie! });
    expect(me.status, me.text.slice(0, 300)).toBe(200);
    expect(me.body.result.data.json.phoneNumber).toBe(phone.e164);

    // The request line of that last call is written after everything before it: once it is in, so is the rest.
    await expect
      .poll(() => server!.stdout() + server!.stderr(), { timeout: 10_000 })
      .toContain('"path":"/api/trpc/account.me"');
    const log = server!.stdout() + server!.stderr();
    // The subscriber digits are in every way of writing a number (0…, 84…, +84…): the OTP's, and the guest
    // buyer's that the look-ups above carried in their query strings.
    for (const given of givenPhones) expect(log).not.toContain(given.slice(1));
    expect(log).not.toMatch(new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`));
  });
});

/**
 * `n` guest cash-on-delivery orders of one new farm, placed by `buyerE164`, written straight into the database
 * in the shape checkout leaves (a checkout with its payment, an order with its line and shipment). Returns
 * the order codes a buyer looks up.
 */
async function createGuestOrders(db: PrismaClient, buyerE164: string, n: number): Promise<string[]> {
  const key = randomUUID().slice(0, 8);
  const owner = newPhone();
  const category = await db.category.findUniqueOrThrow({ where: { slug: "rau-gia-vi" } });
  const shop = await db.shop.create({
    data: {
      slug: `probe-vuon-${key}`,
      name: `Vườn thăm dò ${key}`,
      provinceCode: "22",
      communeName: "Xã Đông Ngũ",
      wardCode: "06877",
      addressLine: "Thôn Khe Lục",
      active: true,
      owner: {
        create: {
          id: `probe-${key}`,
          name: "Hà Thị Mỷ",
          email: `probe-${key}@test.chophien.vn`,
          phoneNumber: owner.e164,
          phoneNumberVerified: true,
          role: "seller",
        },
      },
    },
  });
  const product = await db.product.create({
    data: {
      shopId: shop.id,
      categoryId: category.id,
      slug: `probe-${key}`,
      title: "Gừng núi thăm dò",
      unit: "kg",
      priceVnd: 60_000,
      weightGrams: 1000,
      stock: 50,
      listingStatus: "approved",
      submittedAt: new Date(),
      approvedAt: new Date(),
    },
  });
  const codes: string[] = [];
  for (let i = 0; i < n; i++) {
    const checkoutCode = `CP${randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase()}`;
    const address = {
      recipientName: "Nguyễn Thu Hà",
      phone: buyerE164,
      provinceCode: "01",
      ward: "Phường Ba Đình",
      street: "12 Phố Điện Biên Phủ",
    };
    const [itemsTotalVnd, shippingVnd] = [60_000, 30_000];
    const totalVnd = itemsTotalVnd + shippingVnd;
    const checkout = await db.checkout.create({
      data: {
        code: checkoutCode,
        idempotencyKey: randomUUID(),
        buyerPhone: buyerE164,
        paymentMethod: "cod",
        status: "placed",
        itemsTotalVnd,
        shippingVnd,
        totalVnd,
        address,
        payment: { create: { method: "cod", status: "pending", amountVnd: totalVnd } },
      },
    });
    const order = await db.order.create({
      data: {
        code: `${checkoutCode}-1`,
        checkoutId: checkout.id,
        shopId: shop.id,
        buyerPhone: buyerE164,
        status: "placed",
        itemsTotalVnd,
        shippingVnd,
        totalVnd,
        address,
        items: {
          create: {
            productId: product.id,
            title: product.title,
            unit: product.unit,
            priceVnd: product.priceVnd,
            quantity: 1,
            weightGrams: 1000,
            lineVnd: product.priceVnd,
          },
        },
        shipment: {
          create: {
            carrier: "ghtk",
            feeVnd: shippingVnd,
            weightGrams: 1000,
            estimatedDays: 3,
            codAmountVnd: totalVnd,
          },
        },
      },
      select: { code: true },
    });
    codes.push(order.code);
  }
  return codes;
}
