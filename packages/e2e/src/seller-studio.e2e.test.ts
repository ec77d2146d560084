/**
 * A buyer becomes a farmer from a cheap phone with JavaScript off (360 px): opens a shop, choosing the province
 * and then the ward/commune from the official post-2025 list, with a payout account; lands on the seller
 * screens with the new shop; then lists a product and sends it to the OCOP reviewers.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { dashboard, dashboardWithoutJavaScript, db, MOBILE } from "./fixtures";

const BUYER = { phone: "0901000001", password: "chophien123" };

async function fitsScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
}

describe("seller studio (mobile 360×740, JavaScript off)", () => {
  test("a buyer opens a shop with a ward from the official list and lists a product for review", async () => {
    const farm = await dashboardWithoutJavaScript(BUYER, "/");
    const { page } = farm;
    const shopName = `Chè Shan Tuyết nhà Hà ${Date.now().toString(36)}`;
    try {
      await page.goto(dashboard("/mo-gian-hang"));
      await page.locator('select[name="tinh"]').selectOption("22"); // Quảng Ninh
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("tinh") === "22"),
        page.getByRole("button", { name: "Tiếp tục" }).click(),
      ]);
      await fitsScreen(page);
      await page.locator('input[name="name"]').fill(shopName);
      await page.locator('select[name="wardCode"]').selectOption("06877"); // Xã Đông Ngũ (took in Đại Dực)
      await page.locator('input[name="addressLine"]').fill("Thôn Khe Lục");
      await page.locator('input[name="phone"]').fill("0901 000 001");
      await page.locator('select[name="bankBin"]').selectOption("970436");
      await page.locator('input[name="accountNo"]').fill("0123456789");
      await page.locator('input[name="accountName"]').fill("Nguyễn Thu Hà");
      await Promise.all([
        page.waitForURL((u) => u.pathname === "/seller"),
        page.getByRole("button", { name: "Mở gian hàng", exact: true }).click(),
      ]);
      await expect(page.getByRole("status").first().textContent()).resolves.toContain("Đã mở gian hàng");
      await fitsScreen(page);

      const shop = await db().shop.findFirstOrThrow({
        where: { name: shopName },
        include: { owner: { select: { role: true } } },
      });
      expect(shop).toMatchObject({ wardCode: "06877", provinceCode: "22", communeName: "Xã Đông Ngũ" });
      expect(shop.owner.role).toBe("seller");
      // The payout account is kept for payouts and shown to nobody in full.
      expect(shop.payoutAccountNo).toBe("0123456789");
      expect(shop.payoutAccountName).toBe("NGUYEN THU HA");

      // The first product, straight to the reviewers. Markup typed into the title stays text.
      await page.goto(dashboard("/seller/listings/new"));
      await fitsScreen(page);
      await page.locator('input[name="title"]').fill("Chè Shan Tuyết <b>Bình Liêu</b>");
      await page.locator('select[name="categorySlug"]').selectOption("che");
      await page.locator('textarea[name="description"]').fill("Chè hái tay trên núi.\nSao bằng chảo gang.");
      await page.locator('input[name="priceVnd"]').fill("180.000");
      await page.locator('input[name="unit"]').fill("gói 200 g");
      await page.locator('input[name="stock"]').fill("40");
      await page.locator('input[name="weightGrams"]').fill("250");
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("ket-qua") === "submitted"),
        page.getByRole("button", { name: "Gửi duyệt", exact: true }).click(),
      ]);
      const product = await db().product.findFirstOrThrow({ where: { shopId: shop.id } });
      expect(product).toMatchObject({
        title: "Chè Shan Tuyết <b>Bình Liêu</b>",
        listingStatus: "submitted",
        priceVnd: 180_000,
        stock: 40,
      });
      // The markup typed into the title is shown as text on the page, never turned into an element.
      expect(await page.locator("b", { hasText: "Bình Liêu" }).count()).toBe(0);
    } finally {
      await farm.close();
    }
  });
});
