/**
 * A farm handles an order from a phone with JavaScript off: the village digital-team helper of the Đại Dực
 * shop (a ShopHelper, demo account 0901 000 005) opens /seller/orders on the dashboard, sees the buyer's
 * phone, address, items, total and the cash to collect, and moves the order along with one big button per
 * step — Nhận đơn → Đã đóng gói → Giao cho vận chuyển (tracking code) → Đã giao. The buyer's order page on
 * the storefront follows.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { dashboard, dashboardWithoutJavaScript, db, MOBILE, newPage, storefront } from "./fixtures";

const HELPER = { phone: "0901000005", password: "chophien123" };
const CHILI = { slug: "ot-chao-mao-dai-duc", title: "Ớt chào mào Đại Dực" };
const BUYER = { name: "Lò Thị Xuân", phone: "0978 112 233", ward: "Phường Sa Pa", street: "Thôn Lếch Mông" };

/** A guest's COD order of chili, through the storefront as a buyer would place it; returns the order code. */
async function placeChiliOrder(page: Page): Promise<string> {
  await page.goto(storefront(`/p/${CHILI.slug}`));
  await Promise.all([
    page.waitForURL("**/cart**"),
    page.getByRole("button", { name: "Thêm vào giỏ" }).click(),
  ]);
  await page.goto(storefront("/checkout"));
  const form = page.locator("#checkout-form");
  await Promise.all([
    page.waitForURL("**/checkout#phuong-xa"),
    form.locator('select[name="provinceCode"]').selectOption("15"), // Lào Cai
  ]);
  await form.locator('input[name="recipientName"]').fill(BUYER.name);
  await form.locator('input[name="phone"]').fill(BUYER.phone);
  await form.locator('select[name="wardCode"]').selectOption({ label: BUYER.ward });
  await form.locator('input[name="street"]').fill(BUYER.street);
  await Promise.all([
    page.waitForURL(/\/checkout\/CP[0-9A-Z]+/),
    page.getByRole("button", { name: "Đặt hàng", exact: true }).click(),
  ]);
  const checkoutCode = /\/checkout\/(CP[0-9A-Z]+)/.exec(page.url())![1]!;
  const checkout = await db().checkout.findUniqueOrThrow({
    where: { code: checkoutCode },
    include: { orders: true },
  });
  expect(checkout.orders).toHaveLength(1);
  return checkout.orders[0]!.code;
}

/** The helper, signed in, on a 360 px page with JavaScript off. */
function helperWithoutJavaScript() {
  return dashboardWithoutJavaScript(HELPER, "/seller/orders");
}

async function fitsScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
}

describe("seller orders (mobile 360×740, JavaScript off)", () => {
  test("the shop's helper accepts, packs, ships with a tracking code and delivers an order", async () => {
    const buyer = await newPage({ viewport: MOBILE });
    const farm = await helperWithoutJavaScript();
    try {
      const code = await placeChiliOrder(buyer.page);
      const { page } = farm;

      // The seller area links to the orders page.
      await page.goto(dashboard("/seller"));
      await Promise.all([
        page.waitForURL((u) => u.pathname === "/seller/orders"),
        page
          .getByRole("link", { name: /Đơn hàng/ })
          .first()
          .click(),
      ]);

      const card = page.locator(`#don-${code}`);
      const text = async () => (await card.textContent()) ?? "";
      expect(await text()).toContain(BUYER.name);
      expect(await text()).toContain("0978 112 233");
      expect(await card.locator('a[href="tel:+84978112233"]').count()).toBe(1);
      expect(await text()).toContain(`${BUYER.street}, ${BUYER.ward}, Lào Cai`);
      expect(await text()).toContain(`${CHILI.title} × 1 kg`);
      const order = await db().order.findUniqueOrThrow({ where: { code } });
      const vnd = (n: number) => new RegExp(`${n.toLocaleString("vi-VN").replaceAll(".", "\\.")}\\s?₫`);
      expect(await text()).toMatch(vnd(order.totalVnd));
      expect(await text()).toContain("Thu hộ (COD)");
      expect(await text()).toContain("Đơn mới");
      await fitsScreen(page);

      const press = async (button: string, expectStatus: string, notice: RegExp) => {
        await Promise.all([
          page.waitForURL(/ket-qua=done/),
          card.getByRole("button", { name: button }).click(),
        ]);
        expect(await page.getByRole("status").first().textContent()).toMatch(notice);
        expect((await db().order.findUniqueOrThrow({ where: { code } })).status).toBe(expectStatus);
      };
      await press("Nhận đơn", "accepted", /Đã nhận đơn/);
      expect(await text()).toContain("Đã nhận đơn");
      await press("Đã đóng gói", "packed", /đã đóng gói/);

      // Shipping takes the carrier's tracking code (and the carrier, if not the one the buyer picked).
      await card.locator('input[name="trackingCode"]').fill("GHTK-20261129-01");
      await card.locator('select[name="carrier"]').selectOption("ghtk");
      await press("Giao cho vận chuyển", "shipped", /đã giao cho bên vận chuyển/);
      expect(await text()).toContain("GHTK-20261129-01");
      await press("Đã giao", "delivered", /đã giao đến người mua/);
      expect(await card.getByRole("button").count()).toBe(0);
      await fitsScreen(page);

      const shipment = await db().shipment.findUniqueOrThrow({ where: { orderId: order.id } });
      expect(shipment).toMatchObject({
        trackingCode: "GHTK-20261129-01",
        carrier: "ghtk",
        status: "delivered",
      });
      const history = await db().orderStatusEvent.findMany({
        where: { orderId: order.id },
        orderBy: { createdAt: "asc" },
      });
      expect(history.map((h) => h.to)).toEqual(["placed", "accepted", "packed", "shipped", "delivered"]);

      // The buyer's order page follows: delivered, with the tracking code.
      await buyer.page.goto(storefront(`/orders/${code}`));
      expect(await buyer.page.getByRole("heading", { level: 1 }).textContent()).toBe("Đã giao hàng");
      expect(await buyer.page.locator("main").textContent()).toContain("GHTK-20261129-01");
    } finally {
      await farm.close();
      await buyer.close();
    }
  });

  test("a step posted without a tracking code is refused with a message, and the order does not move", async () => {
    const buyer = await newPage({ viewport: MOBILE });
    const farm = await helperWithoutJavaScript();
    try {
      const code = await placeChiliOrder(buyer.page);
      const order = await db().order.findUniqueOrThrow({ where: { code } });
      const { page } = farm;
      await page.goto(dashboard("/seller/orders"));
      const card = page.locator(`#don-${code}`);
      for (const b of ["Nhận đơn", "Đã đóng gói"]) {
        await Promise.all([page.waitForURL(/ket-qua=done/), card.getByRole("button", { name: b }).click()]);
      }
      // Remove the browser's own check (a phone's old browser may not enforce `required`).
      await card.locator('input[name="trackingCode"]').evaluate((el) => el.removeAttribute("required"));
      await Promise.all([
        page.waitForURL(/ket-qua=tracking/),
        card.getByRole("button", { name: "Giao cho vận chuyển" }).click(),
      ]);
      expect(await page.getByRole("alert").first().textContent()).toContain("vui lòng nhập mã vận đơn");
      expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("packed");
    } finally {
      await farm.close();
      await buyer.close();
    }
  });
});
