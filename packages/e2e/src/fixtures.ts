/**
 * Helpers for browser test files (they run in Vitest workers, after ./global-setup started the stack).
 *
 *   import { stack, newPage } from "./fixtures";
 *   const { page, close } = await newPage({ viewport: MOBILE });
 *   await page.goto(`${stack().storefrontUrl}/search?q=ot`);
 *
 * Each test gets its own browser context (cookies, storage), so a signed-in buyer in one test never leaks into
 * another; the Chromium process itself is shared.
 */

import { randomInt, randomUUID } from "node:crypto";
import { createDb, type PrismaClient } from "@cho-phien/db";
import { DEMO_PASSWORD } from "@cho-phien/db/seed";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { afterAll, inject } from "vitest";
import type { StackInfo } from "./global-setup";

export type { StackInfo };

/** Addresses of the started stack: storefrontUrl, dashboardUrl, databaseUrl (for assertions on rows). */
export function stack(): StackInfo {
  return inject("e2eStack");
}

/** A budget phone screen: the storefront is built for these first. */
export const MOBILE = { width: 360, height: 740 } as const;

let browserPromise: Promise<Browser> | undefined;

/** The shared Chromium (one websocket connection per test file, closed after the file). */
export function browser(): Promise<Browser> {
  if (!browserPromise) {
    const ws = stack().browserWsEndpoint;
    if (!ws) throw new Error("the e2e stack was started without a browser");
    browserPromise = chromium.connect(ws);
  }
  return browserPromise;
}

let dbClient: PrismaClient | undefined;

/** A Prisma client on the stack's database, to check what a browser flow wrote (closed after the file). */
export function db(): PrismaClient {
  dbClient ??= createDb(stack().databaseUrl, 2);
  return dbClient;
}

// Registered when a test file imports this module (Vitest isolates modules per file), so each file drops its
// connection; the browser process itself is closed by the global teardown.
afterAll(async () => {
  const b = await browserPromise?.catch(() => undefined);
  browserPromise = undefined;
  await b?.close();
  await dbClient?.$disconnect();
  dbClient = undefined;
});

/** A fresh context (own cookies) with one page; `close()` ends the context. Vietnamese locale by default. */
export async function newPage(
  opts: BrowserContextOptions = {},
): Promise<{ page: Page; context: BrowserContext; close: () => Promise<void> }> {
  const context = await (await browser()).newContext({
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: MOBILE,
    ...opts,
    // Each browser context is its own phone on its own connection, as in real life: the stack trusts loopback
    // as its proxy (DEMO_PRODUCTION_ENV), so per-IP limits count each test's visitor apart instead of adding
    // every file's sign-ins and orders into one 127.0.0.1 budget.
    extraHTTPHeaders: { "x-forwarded-for": visitorAddress(), ...opts.extraHTTPHeaders },
  });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  return { page, context, close: () => context.close() };
}

/** A client address from the documentation range 198.18.0.0/15, one per browser context. */
function visitorAddress(): string {
  return `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/** A URL on the storefront, e.g. storefront("/p/ot-chao-mao-dai-duc"). */
export function storefront(pathname = "/"): string {
  return new URL(pathname, stack().storefrontUrl).toString();
}

/** A URL on the dashboard. */
export function dashboard(pathname = "/"): string {
  return new URL(pathname, stack().dashboardUrl).toString();
}

/** A demo or test account that signs in with a phone number and password. */
export interface Account {
  /** As people type it: "0901000001". */
  phone: string;
  password: string;
}

/**
 * Signs in on the dashboard's form (it needs JavaScript: it signs in with fetch, then loads `next`) on a
 * 360 px page. With `javaScriptEnabled: false` the session is then handed to a page with JavaScript off, as
 * a farmer's cheap phone on a bad link may behave.
 */
export async function dashboardAs(
  account: Account,
  next: string,
  opts: { javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext; close: () => Promise<void> }> {
  const signIn = await newPage({ viewport: MOBILE });
  try {
    await signIn.page.goto(dashboard(`/dang-nhap?next=${encodeURIComponent(next)}`));
    await signIn.page.getByRole("tab", { name: "Mật khẩu" }).click();
    await signIn.page.locator('input[name="phone"]').fill(account.phone);
    await signIn.page.locator('input[name="password"]').fill(account.password);
    // A glob would already match the sign-in URL's ?next=, so wait for the path itself.
    const path = new URL(next, "http://x").pathname;
    await Promise.all([
      signIn.page.waitForURL((u) => u.pathname === path),
      signIn.page.getByRole("tabpanel").getByRole("button", { name: "Đăng nhập" }).click(),
    ]);
  } catch (e) {
    await signIn.close();
    throw e;
  }
  if (opts.javaScriptEnabled !== false) return signIn;
  const storageState = await signIn.context.storageState();
  await signIn.close();
  return newPage({ storageState, javaScriptEnabled: false, viewport: MOBILE });
}

/** The dashboard signed in as `account`, on a 360 px page with JavaScript off (see dashboardAs). */
export function dashboardWithoutJavaScript(account: Account, next: string) {
  return dashboardAs(account, next, { javaScriptEnabled: false });
}

/**
 * A new account of its own for one test (a fresh phone number no seeded row or other test uses), signing in
 * with the demo password. Test files share one database, so flows that change a user (their role, their
 * shops, whom they help) use one of these instead of a demo account.
 */
export async function createAccount(opts: {
  name: string;
  role?: "buyer" | "seller";
}): Promise<Account & { id: string; name: string; phoneE164: string }> {
  // The demo accounts share one scrypt hash of DEMO_PASSWORD (the seed hashes it once): reuse it rather than
  // hashing here, which would need better-auth in this package.
  const demo = await db().account.findFirstOrThrow({
    where: { providerId: "credential", user: { phoneNumber: "+84901000001" } },
    select: { password: true },
  });
  const digits = String(randomInt(0, 10_000_000)).padStart(7, "0");
  const phoneE164 = `+8498${digits}`;
  const id = `e2e-${randomUUID()}`;
  await db().user.create({
    data: {
      id,
      name: opts.name,
      email: `${phoneE164.slice(1)}@phone.chophien.vn`,
      phoneNumber: phoneE164,
      phoneNumberVerified: true,
      role: opts.role ?? "buyer",
      accounts: {
        create: { id: `${id}-credential`, accountId: id, providerId: "credential", password: demo.password },
      },
    },
  });
  return { id, name: opts.name, phone: `098${digits}`, phoneE164, password: DEMO_PASSWORD };
}

/**
 * A farm of its own for one test: an active shop of `ownerId` in Quảng Ninh with one approved listing a buyer
 * can order at once (what opening a shop and passing review would leave, without spending a test on it).
 */
export async function createFarm(
  ownerId: string,
  product: { title: string; priceVnd?: number; stock: number },
): Promise<{ shop: { id: string; name: string }; product: { id: string; slug: string; title: string } }> {
  const key = randomUUID().slice(0, 8);
  const category = await db().category.findUniqueOrThrow({ where: { slug: "rau-gia-vi" } });
  const shop = await db().shop.create({
    data: {
      slug: `e2e-vuon-${key}`,
      name: `Vườn thử ${key}`,
      provinceCode: "22",
      communeName: "Xã Đông Ngũ",
      wardCode: "06877",
      addressLine: "Thôn Khe Lục",
      ownerId,
      active: true,
    },
    select: { id: true, name: true },
  });
  const row = await db().product.create({
    data: {
      shopId: shop.id,
      categoryId: category.id,
      slug: `e2e-${key}`,
      title: product.title,
      unit: "kg",
      priceVnd: product.priceVnd ?? 60_000,
      weightGrams: 1000,
      stock: product.stock,
      listingStatus: "approved",
      submittedAt: new Date(),
      approvedAt: new Date(),
    },
    select: { id: true, slug: true, title: true },
  });
  return { shop, product: row };
}
