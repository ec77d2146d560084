/**
 * A buyer on a budget phone finds the flagship OCOP chili by typing without diacritics, the way most people
 * type on a phone keyboard, and opens its page. The search page must also work with JavaScript off (slow
 * phones, data saver): it is a plain GET form rendered on the server.
 */

import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { db, MOBILE, newPage, storefront } from "./fixtures";

const FLAGSHIP = { slug: "ot-chao-mao-dai-duc", title: "Ớt chào mào Đại Dực" };

/** The header search box: a GET form to /search with a `q` field (works without JavaScript). */
const searchBox = (page: Page) => page.locator('form input[name="q"]').first();

describe("search → product page (mobile 360×740)", () => {
  test("typing 'ot chao mao' finds Ớt chào mào Đại Dực and opens its page", async () => {
    const { page, close } = await newPage({ viewport: MOBILE });
    try {
      const home = await page.goto(storefront("/"));
      expect(home?.status()).toBe(200);

      const box = searchBox(page);
      await box.fill("ot chao mao");
      await Promise.all([page.waitForURL(/\/search\?/), box.press("Enter")]);
      expect(new URL(page.url()).searchParams.get("q")).toBe("ot chao mao");

      const result = page.getByRole("link", { name: new RegExp(FLAGSHIP.title) }).first();
      await expect.poll(() => result.isVisible()).toBe(true);

      // A <Link> click is a client-side navigation (no document request), so the status is checked on a reload.
      await Promise.all([page.waitForURL(`**/p/${FLAGSHIP.slug}`), result.click()]);
      const reloaded = await page.reload();
      expect(reloaded?.status()).toBe(200);

      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).first().textContent())
        .toContain(FLAGSHIP.title);
      const product = await db().product.findUniqueOrThrow({ where: { slug: FLAGSHIP.slug } });
      const body = (await page.locator("main").first().textContent()) ?? "";
      // Integer VND, Vietnamese grouping: 85000 → "85.000 ₫" (the space may be a no-break space).
      expect(body).toMatch(
        new RegExp(`${product.priceVnd.toLocaleString("vi-VN").replaceAll(".", "\\.")}\\s?₫`),
      );
      expect(body).toContain("OCOP 3 sao");
    } finally {
      await close();
    }
  });

  test("the product page answers 200 on a direct load, an unknown slug 404", async () => {
    const { page, close } = await newPage();
    try {
      const ok = await page.goto(storefront(`/p/${FLAGSHIP.slug}`));
      expect(ok?.status()).toBe(200);
      const missing = await page.goto(storefront("/p/khong-co-san-pham-nay-xyz"));
      expect(missing?.status()).toBe(404);
    } finally {
      await close();
    }
  });

  test("search works with JavaScript disabled (server-rendered GET form)", async () => {
    const { page, close } = await newPage({ viewport: MOBILE, javaScriptEnabled: false });
    try {
      await page.goto(storefront("/"));
      const box = searchBox(page);
      await box.fill("ot chao mao");
      const [nav] = await Promise.all([page.waitForNavigation(), box.press("Enter")]);
      expect(nav?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe("/search");
      const link = page.getByRole("link", { name: new RegExp(FLAGSHIP.title) }).first();
      expect(await link.isVisible()).toBe(true);
      expect(new URL((await link.getAttribute("href")) ?? "", page.url()).pathname).toBe(
        `/p/${FLAGSHIP.slug}`,
      );

      // And a direct hit on the results URL, the way a shared link arrives.
      const direct = await page.goto(storefront("/search?q=ot+chao+mao"));
      expect(direct?.status()).toBe(200);
      expect(await page.getByText(FLAGSHIP.title).first().isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});
