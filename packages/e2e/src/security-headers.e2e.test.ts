/**
 * The security headers of both apps as a browser gets them (packages/api/src/http/security-headers.ts), and
 * proof that the strict script policy breaks nothing: on the storefront's home, a product page, the cart and
 * checkout, a 404, and the dashboard's sign-in, seller home and listing editor, every header is there, every
 * inline script carries the answer's nonce, and no Content-Security-Policy violation is reported while the
 * pages load and their forms are used (add to cart, the checkout's province picker, signing in, the listing
 * editor's draft saver).
 */
import type { Page, Response } from "playwright-core";
import { describe, expect, test } from "vitest";
import { dashboard, newPage, stack, storefront } from "./fixtures";

const SELLER = { phone: "0901000002", password: "chophien123" };
const CHILI = { slug: "ot-chao-mao-dai-duc", title: "Ớt chào mào Đại Dực" };
const NONCE = /(?:^|; )script-src 'self' 'nonce-([A-Za-z0-9+/]+={0,2})' 'strict-dynamic'(?:;|$)/;

/**
 * Every CSP violation the page reports, from the document's `securitypolicyviolation` events (listened to
 * before any page script runs, reported straight to the test so a navigation loses none) and from Chromium's
 * console ("Refused to execute inline script…").
 */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction("__reportCspViolation", (v: string) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void })
        .__reportCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} in ${e.documentURI} (${e.sample})`);
    });
  });
  page.on("console", (m) => {
    if (/content security policy|refused to/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  return seen;
}

/** All headers of a page answer are right for `app`; returns the answer's nonce. */
async function expectSecurityHeaders(response: Response | null, app: "storefront" | "dashboard") {
  expect(response, "no answer").not.toBeNull();
  const h = await response!.allHeaders();
  const csp = h["content-security-policy"] ?? "";
  const nonce = NONCE.exec(csp)?.[1];
  expect(nonce, `script-src with a nonce in: ${csp}`).toBeTruthy();
  expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
  for (const directive of [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${app === "dashboard" ? ` ${new URL(stack().storefrontUrl).origin}` : ""}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp.split("; ")).toContain(directive);
  }
  expect({
    nosniff: h["x-content-type-options"],
    referrer: h["referrer-policy"],
    permissions: h["permissions-policy"],
    frame: h["x-frame-options"],
    // The test stack is plain http with no proxy in front: HSTS there would be wrong (browsers ignore it).
    hsts: h["strict-transport-security"],
  }).toEqual({
    nosniff: "nosniff",
    referrer: "strict-origin-when-cross-origin",
    permissions: `camera=(${app === "dashboard" ? "self" : ""}), microphone=(), geolocation=(), payment=()`,
    frame: "DENY",
    hsts: undefined,
  });
  return nonce!;
}

/** Every inline script of the page (ours, Next.js's, JSON-LD) carries this answer's nonce. */
async function expectInlineScriptsCarry(page: Page, nonce: string) {
  const inline = await page.evaluate(() =>
    [...document.scripts].filter((s) => !s.src).map((s) => ({ nonce: s.nonce, start: s.text.slice(0, 60) })),
  );
  expect(inline.length).toBeGreaterThan(0);
  for (const s of inline) expect(s).toEqual({ nonce, start: s.start });
}

describe("security headers and the script policy", () => {
  test("storefront: home, product, cart, checkout and a 404 run their scripts with no violation", async () => {
    const { page, close } = await newPage();
    const violations = await watchViolations(page);
    try {
      const home = await page.goto(storefront("/"));
      expect(home?.status()).toBe(200);
      const homeNonce = await expectSecurityHeaders(home, "storefront");
      await expectInlineScriptsCarry(page, homeNonce);
      // A page with a nonce is one answer for one request: shared caches must not keep it (nor did they before).
      expect((await home!.allHeaders())["cache-control"]).toMatch(/\bprivate\b.*\bno-store\b/);
      const again = await page.goto(storefront("/"));
      expect(await expectSecurityHeaders(again, "storefront")).not.toBe(homeNonce);

      const product = await page.goto(storefront(`/p/${CHILI.slug}`));
      expect(product?.status()).toBe(200);
      const productNonce = await expectSecurityHeaders(product, "storefront");
      // The JSON-LD block carries it too (checked with every other inline script).
      expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
      await expectInlineScriptsCarry(page, productNonce);

      // A form: "Thêm vào giỏ" posts to /cart/actions, which redirects to the cart.
      await Promise.all([
        page.waitForURL("**/cart**"),
        page.getByRole("button", { name: "Thêm vào giỏ" }).click(),
      ]);
      await expect.poll(() => page.getByText(CHILI.title).first().isVisible()).toBe(true);

      const checkout = await page.goto(storefront("/checkout"));
      expect(checkout?.status()).toBe(200);
      await expectInlineScriptsCarry(page, await expectSecurityHeaders(checkout, "storefront"));
      // The checkout's inline script runs: it keeps what is typed, and presses "Chọn" when the province changes.
      const form = page.locator("#checkout-form");
      await form.locator('input[name="recipientName"]').fill("Nguyễn Thu Hà");
      await expect
        .poll(() => page.evaluate(() => JSON.stringify(Object.values({ ...localStorage }))))
        .toContain("Nguyễn Thu Hà");
      await Promise.all([
        page.waitForURL("**/checkout#phuong-xa"),
        form.locator('select[name="provinceCode"]').selectOption("01"),
      ]);

      const missing = await page.goto(storefront("/p/khong-co-san-pham-nay"));
      expect(missing?.status()).toBe(404);
      await expectInlineScriptsCarry(page, await expectSecurityHeaders(missing, "storefront"));

      expect(violations).toEqual([]);
    } finally {
      await close();
    }
  });

  test("dashboard: signing in, the seller home and the listing editor's draft saver, with no violation", async () => {
    const { page, close } = await newPage();
    const violations = await watchViolations(page);
    try {
      const signIn = await page.goto(dashboard("/dang-nhap?next=%2Fseller"));
      expect(signIn?.status()).toBe(200);
      await expectInlineScriptsCarry(page, await expectSecurityHeaders(signIn, "dashboard"));
      // The sign-in form needs its scripts (it signs in with fetch, then loads `next`).
      await page.getByRole("tab", { name: "Mật khẩu" }).click();
      await page.locator('input[name="phone"]').fill(SELLER.phone);
      await page.locator('input[name="password"]').fill(SELLER.password);
      await Promise.all([
        page.waitForURL((u) => u.pathname === "/seller"),
        page.getByRole("tabpanel").getByRole("button", { name: "Đăng nhập" }).click(),
      ]);

      const seller = await page.goto(dashboard("/seller"));
      expect(seller?.status()).toBe(200);
      await expectInlineScriptsCarry(page, await expectSecurityHeaders(seller, "dashboard"));

      const editor = await page.goto(dashboard("/seller/listings/new"));
      expect(editor?.status()).toBe(200);
      await expectInlineScriptsCarry(page, await expectSecurityHeaders(editor, "dashboard"));
      // The draft saver runs: what is typed is kept on the phone and put back after a reload.
      const typed = `Ớt khô phơi nắng ${Date.now()}`;
      await page.locator('#listing-form [name="description"]').fill(typed);
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem("cho-phien:listing-draft:new")))
        .toContain(typed);
      const reloaded = await page.reload();
      await expectInlineScriptsCarry(page, await expectSecurityHeaders(reloaded, "dashboard"));
      await expect.poll(() => page.locator('#listing-form [name="description"]').inputValue()).toBe(typed);
      expect(await page.locator("#listing-form-restored").isVisible()).toBe(true);

      expect(violations).toEqual([]);
    } finally {
      await close();
    }
  });

  test("API answers get a policy that loads nothing, and https is pinned behind an https proxy", async () => {
    const api = await fetch(storefront("/api/trpc/catalog.categories"));
    expect(api.status).toBe(200);
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    expect(api.headers.get("strict-transport-security")).toBeNull();

    for (const url of [
      storefront("/"),
      storefront("/api/trpc/catalog.categories"),
      dashboard("/dang-nhap"),
    ]) {
      const viaProxy = await fetch(url, { headers: { "x-forwarded-proto": "https" } });
      expect(viaProxy.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    }
  });
});
