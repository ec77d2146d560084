/**
 * A farm says no to an order (360 px): frost took the crop, so the farmer declines a new order — or cancels
 * one already accepted — with a reason. The buyer's order page on the storefront shows it cancelled with that
 * reason, and what the order had reserved is back on sale. Once with JavaScript on, once with it off (a plain
 * form post), including a reason too short to tell the buyer anything.
 *
 * Each test has a farm of its own (fixtures.createFarm) and a guest buyer who orders through the real
 * storefront checkout, so the stock figures are this test's alone.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import {
  createAccount,
  createFarm,
  dashboard,
  dashboardAs,
  db,
  MOBILE,
  newPage,
  storefront,
} from "./fixtures";

const BUYER = { name: "Vàng Thị Mỷ", phone: "0978 445 566", ward: "Phường Sa Pa", street: "Thôn Tả Phìn" };

/** A guest's COD order of `quantity` of one product, through the storefront's checkout; returns the order code. */
async function placeGuestOrder(page: Page, slug: string, quantity: number): Promise<string> {
  await page.goto(storefront(`/p/${slug}`));
  await page.locator('input[name="quantity"]').fill(String(quantity));
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
    include: { orders: { include: { items: true } } },
  });
  expect(checkout.orders).toHaveLength(1);
  expect(checkout.orders[0]!.items.map((i) => i.quantity)).toEqual([quantity]);
  return checkout.orders[0]!.code;
}

/** What the buyer reads on /orders/<code>: the status heading and the page's text. */
async function buyerSees(page: Page, code: string) {
  await page.goto(storefront(`/orders/${code}`));
  return {
    heading: await page.getByRole("heading", { level: 1 }).textContent(),
    text: (await page.locator("main").textContent()) ?? "",
  };
}

async function fitsScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
}

/** The farm's stock of a product now. */
async function stockOf(productId: string): Promise<number> {
  return (await db().product.findUniqueOrThrow({ where: { id: productId } })).stock;
}

describe("a farm declines an order (mobile 360×740)", () => {
  test("with JavaScript on, the farmer declines a new order with a reason; the buyer sees it cancelled with the reason and the stock is back", async () => {
    const owner = await createAccount({ name: "Sùng A Páo", role: "seller" });
    const { product } = await createFarm(owner.id, { title: "Su su Bản Hồ", stock: 12 });
    const buyer = await newPage({ viewport: MOBILE });
    const farm = await dashboardAs(owner, "/seller/orders");
    try {
      const code = await placeGuestOrder(buyer.page, product.slug, 3);
      expect(await stockOf(product.id)).toBe(9);

      const { page } = farm;
      await page.goto(dashboard("/seller/orders"));
      const card = page.locator(`#don-${code}`);
      expect(await card.textContent()).toContain("Đơn mới");
      await card.getByText("Từ chối đơn", { exact: true }).click();
      const reason = "Sương muối đêm qua làm hỏng hết su su, xin lỗi bạn";
      await card.locator('textarea[name="reason"]').fill(reason);
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("ket-qua") === "declined"),
        card.getByRole("button", { name: "Xác nhận từ chối đơn" }).click(),
      ]);
      expect(await page.getByRole("status").first().textContent()).toContain(`Đã từ chối đơn ${code}`);
      await fitsScreen(page);

      const order = await db().order.findUniqueOrThrow({ where: { code } });
      expect(order.status).toBe("cancelled");
      expect(order.cancelReason).toContain(reason);
      expect(await stockOf(product.id)).toBe(12);
      const history = await db().orderStatusEvent.findMany({
        where: { orderId: order.id },
        orderBy: { createdAt: "asc" },
      });
      expect(history.map((h) => h.to)).toEqual(["placed", "cancelled"]);
      const audit = await db().auditLog.findFirstOrThrow({
        where: { entityType: "Order", entityId: order.id, action: "order.declined" },
      });
      expect(audit).toMatchObject({ actorId: owner.id, actorRole: "owner" });

      const seen = await buyerSees(buyer.page, code);
      expect(seen.heading).toBe("Đã hủy");
      expect(seen.text).toContain(`Lý do hủy: ${order.cancelReason}`);
      expect(seen.text).toContain(reason);
      // Nothing left for the buyer to cancel.
      expect(await buyer.page.getByRole("button", { name: "Hủy đơn hàng" }).count()).toBe(0);
      await fitsScreen(buyer.page);
    } finally {
      await farm.close();
      await buyer.close();
    }
  });

  test("with JavaScript off, an accepted order is cancelled with a reason after a too-short one is refused", async () => {
    const owner = await createAccount({ name: "Giàng Thị Chá", role: "seller" });
    const { product } = await createFarm(owner.id, { title: "Mận hậu Bắc Hà", stock: 8 });
    const buyer = await newPage({ viewport: MOBILE });
    const farm = await dashboardAs(owner, "/seller/orders", { javaScriptEnabled: false });
    try {
      const code = await placeGuestOrder(buyer.page, product.slug, 2);
      expect(await stockOf(product.id)).toBe(6);

      const { page } = farm;
      await page.goto(dashboard("/seller/orders"));
      const card = page.locator(`#don-${code}`);
      await Promise.all([
        page.waitForURL(/ket-qua=done/),
        card.getByRole("button", { name: "Nhận đơn" }).click(),
      ]);
      expect((await db().order.findUniqueOrThrow({ where: { code } })).status).toBe("accepted");

      // "ok" tells the buyer nothing; an old phone may not enforce minlength, so the server must refuse it.
      await card.getByText("Từ chối đơn", { exact: true }).click();
      const reasonBox = card.locator('textarea[name="reason"]');
      await reasonBox.evaluate((el) => {
        el.removeAttribute("minlength");
        el.removeAttribute("required");
      });
      await reasonBox.fill("ok");
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("ket-qua") === "reason"),
        card.getByRole("button", { name: "Xác nhận từ chối đơn" }).click(),
      ]);
      expect(await page.getByRole("alert").first().textContent()).toContain("vui lòng nhập lý do từ chối");
      expect((await db().order.findUniqueOrThrow({ where: { code } })).status).toBe("accepted");
      expect(await stockOf(product.id)).toBe(6);

      await card.getByText("Từ chối đơn", { exact: true }).click();
      const reason = "Mưa đá làm dập hết mận, không giao được";
      await card.locator('textarea[name="reason"]').fill(reason);
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("ket-qua") === "declined"),
        card.getByRole("button", { name: "Xác nhận từ chối đơn" }).click(),
      ]);
      expect(await page.getByRole("status").first().textContent()).toContain(`Đã từ chối đơn ${code}`);
      // A cancelled order has no step or decline button left.
      expect(await page.locator(`#don-${code}`).getByRole("button").count()).toBe(0);
      await fitsScreen(page);

      const order = await db().order.findUniqueOrThrow({ where: { code } });
      expect(order.status).toBe("cancelled");
      expect(order.cancelReason).toContain(reason);
      expect(await stockOf(product.id)).toBe(8);
      const history = await db().orderStatusEvent.findMany({
        where: { orderId: order.id },
        orderBy: { createdAt: "asc" },
      });
      expect(history.map((h) => h.to)).toEqual(["placed", "accepted", "cancelled"]);

      const seen = await buyerSees(buyer.page, code);
      expect(seen.heading).toBe("Đã hủy");
      expect(seen.text).toContain(reason);
    } finally {
      await farm.close();
      await buyer.close();
    }
  });
});
