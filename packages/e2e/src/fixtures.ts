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

import { createDb, type PrismaClient } from "@cho-phien/db";
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
  });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  return { page, context, close: () => context.close() };
}

/** A URL on the storefront, e.g. storefront("/p/ot-chao-mao-dai-duc"). */
export function storefront(pathname = "/"): string {
  return new URL(pathname, stack().storefrontUrl).toString();
}

/** A URL on the dashboard. */
export function dashboard(pathname = "/"): string {
  return new URL(pathname, stack().dashboardUrl).toString();
}

/**
 * Signs in on the dashboard's form (it needs JavaScript: it signs in with fetch, then loads `next`), then hands
 * the session to a 360 px page with JavaScript off, as a farmer's cheap phone on a bad link may behave.
 */
export async function dashboardWithoutJavaScript(account: { phone: string; password: string }, next: string) {
  const signIn = await newPage({ viewport: MOBILE });
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
  const storageState = await signIn.context.storageState();
  await signIn.close();
  return newPage({ storageState, javaScriptEnabled: false, viewport: MOBILE });
}
