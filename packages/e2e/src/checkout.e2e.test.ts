/**
 * The buyer journey on a budget phone (360 px): a guest puts chili from Đại Dực and tea from Ba Chẽ in the
 * cart from the product pages, checks out once, and gets one order per farm, each with its own code and
 * timeline. Then a card checkout against the fake Stripe the harness started before the storefront: the
 * hosted page's "Pay" sends a signed checkout.session.completed to the storefront's webhook, which is what
 * marks the payment paid — the browser only sees the result.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { db, MOBILE, newPage, stack, storefront } from "./fixtures";

const CHILI = {
  slug: "ot-chao-mao-dai-duc",
  title: "Ớt chào mào Đại Dực",
  shopSlug: "ot-dai-duc-nha-trieu-van-sinh",
};
const TEA = {
  slug: "che-hoa-vang-ba-che",
  title: "Chè hoa vàng Ba Chẽ",
  shopSlug: "htx-che-hoa-vang-ba-che",
};
/** A second Ba Chẽ product for the card checkout, so the two tests never compete for the same stock line. */
const TEA_BAGS = { slug: "tra-hoa-vang-tui-loc-ba-che", title: "Trà hoa vàng túi lọc Ba Chẽ" };

const CHECKOUT_URL = /\/checkout\/(CP\d{6}[A-HJ-NP-Z2-9]{6})(\?|$)/;

const ADDRESS = {
  recipientName: "Nguyễn Thu Hà",
  phone: "0987 654 321",
  phoneE164: "+84987654321",
  provinceCode: "01", // Hà Nội
  wardCode: "00004",
  ward: "Phường Ba Đình",
  street: "12 Phố Điện Biên Phủ",
};

/** "Thêm vào giỏ" on the product page: a form post that lands on /cart with the line in it. */
async function addToCart(page: Page, slug: string, title: string) {
  const res = await page.goto(storefront(`/p/${slug}`));
  expect(res?.status()).toBe(200);
  const button = page.getByRole("button", { name: "Thêm vào giỏ" });
  await Promise.all([page.waitForURL("**/cart**"), button.click()]);
  await expect.poll(() => page.getByText(title).first().isVisible()).toBe(true);
}

/**
 * Fills /checkout. The province goes first: picking it re-posts the form (the page's small script clicks
 * "Chọn"), and the page comes back with that province's wards and one carrier choice per farm.
 */
async function fillCheckout(page: Page) {
  const res = await page.goto(storefront("/checkout"));
  expect(res?.status()).toBe(200);
  const form = page.locator("#checkout-form");
  await Promise.all([
    page.waitForURL("**/checkout#phuong-xa"),
    form.locator('select[name="provinceCode"]').selectOption(ADDRESS.provinceCode),
  ]);
  await form.locator('input[name="recipientName"]').fill(ADDRESS.recipientName);
  await form.locator('input[name="phone"]').fill(ADDRESS.phone);
  await form.locator('select[name="wardCode"]').selectOption({ label: ADDRESS.ward });
  await form.locator('input[name="street"]').fill(ADDRESS.street);
  return form;
}

/** "Đặt hàng" → the confirmation page /checkout/<code>; returns the checkout code. */
async function placeOrder(page: Page): Promise<string> {
  const place = page.getByRole("button", { name: "Đặt hàng", exact: true });
  await Promise.all([page.waitForURL(CHECKOUT_URL), place.click()]);
  return CHECKOUT_URL.exec(page.url())![1]!;
}

/** The page is laid out for the phone: nothing wider than the screen (no sideways scrolling). */
async function fitsScreen(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(MOBILE.width);
}

describe("checkout (mobile 360×740)", () => {
  test("a guest orders chili from Đại Dực and tea from Ba Chẽ with COD and gets one order per farm", async () => {
    const { page, close } = await newPage({ viewport: MOBILE });
    try {
      await addToCart(page, CHILI.slug, CHILI.title);
      await addToCart(page, TEA.slug, TEA.title);

      const form = await fillCheckout(page);
      // One parcel per farm, each with its carrier already chosen for Hà Nội.
      const shipping = page.locator("#giao-hang");
      await expect.poll(() => shipping.textContent()).toContain("Ớt Đại Dực");
      expect(await shipping.textContent()).toContain("HTX Chè hoa vàng Ba Chẽ");
      expect(await shipping.locator('input[type="radio"]:checked').count()).toBe(2);
      // Cash on delivery is the default, as most rural buyers pay.
      expect(await form.locator('input[name="paymentMethod"][value="cod"]').isChecked()).toBe(true);
      await fitsScreen(page);

      const code = await placeOrder(page);
      const main = page.locator("main");
      await expect.poll(() => main.textContent()).toContain("Đặt hàng thành công!");
      expect(await main.textContent()).toContain(code);
      expect(await main.textContent()).toContain("Đơn của bạn được chia thành 2 đơn");
      await fitsScreen(page);

      // What the page shows is what was written: two orders, one per farm, COD, placed (not waiting for
      // payment), to the address typed.
      const checkout = await db().checkout.findUniqueOrThrow({
        where: { code },
        include: {
          orders: { include: { shop: { select: { slug: true } }, items: true }, orderBy: { code: "asc" } },
          payment: true,
        },
      });
      expect(checkout.paymentMethod).toBe("cod");
      expect(checkout.buyerId).toBeNull();
      expect(checkout.buyerPhone).toBe(ADDRESS.phoneE164);
      expect(checkout.address).toMatchObject({
        provinceCode: "01",
        wardCode: ADDRESS.wardCode,
        ward: ADDRESS.ward,
        street: ADDRESS.street,
      });
      expect(checkout.orders).toHaveLength(2);
      expect(checkout.orders.map((o) => o.status)).toEqual(["placed", "placed"]);
      expect(checkout.orders.map((o) => o.shop.slug).sort()).toEqual([CHILI.shopSlug, TEA.shopSlug].sort());
      expect(checkout.payment?.status).toBe("pending");

      // Each order is on the page with its own code and a link to follow it.
      for (const o of checkout.orders) {
        const card = main.locator("section", { has: page.locator(`#order-${o.code}`) });
        expect(await card.textContent()).toContain(o.code);
        expect(await card.textContent()).toContain(o.items[0]!.title);
        expect(await card.getByRole("link", { name: "Theo dõi đơn" }).getAttribute("href")).toBe(
          `/orders/${o.code}`,
        );
      }

      // /orders/<code>: a guest gets in with the phone cookie checkout left, and sees the timeline.
      const chiliOrder = checkout.orders.find((o) => o.shop.slug === CHILI.shopSlug)!;
      const res = await page.goto(storefront(`/orders/${chiliOrder.code}`));
      expect(res?.status()).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Đã đặt hàng");
      const timeline = page.locator("section", { has: page.locator("#timeline") });
      expect(await timeline.locator("#timeline").textContent()).toBe("Hành trình đơn hàng");
      const steps = timeline.locator("ol > li");
      expect(await steps.count()).toBeGreaterThanOrEqual(1);
      expect(await steps.last().textContent()).toContain("Đã đặt hàng");
      expect(await page.locator("main").textContent()).toContain(CHILI.title);
      await fitsScreen(page);

      // Another browser without the cookie gets the lookup form, not the order.
      const stranger = await newPage({ viewport: MOBILE });
      try {
        await stranger.page.goto(storefront(`/orders/${chiliOrder.code}`));
        expect(await stranger.page.locator("main").textContent()).not.toContain(CHILI.title);
      } finally {
        await stranger.close();
      }
    } finally {
      await close();
    }
  });

  test("a card checkout is paid on the fake Stripe page and the webhook marks it paid", async () => {
    expect(stack().fakeStripeUrl, "the harness must start the fake Stripe").not.toBe("");
    const { page, close } = await newPage({ viewport: MOBILE });
    try {
      await addToCart(page, TEA_BAGS.slug, TEA_BAGS.title);
      const form = await fillCheckout(page);
      const card = form.locator('input[name="paymentMethod"][value="card"]');
      expect(await card.count(), "'Thẻ' is offered when STRIPE_SECRET_KEY is set").toBe(1);
      await form.getByText("Thẻ quốc tế (Visa, Mastercard)").click();
      expect(await card.isChecked()).toBe(true);

      const code = await placeOrder(page);
      const placed = await db().checkout.findUniqueOrThrow({
        where: { code },
        include: { payment: true, orders: true },
      });
      expect(placed.paymentMethod).toBe("card");
      expect(placed.payment).toMatchObject({ method: "card", status: "pending" });
      expect(placed.payment?.providerRef).toMatch(/^cs_test_/);
      // Nothing goes to the farm before the money is in.
      expect(placed.orders.map((o) => o.status)).toEqual(["pending_payment"]);

      // The confirmation page sends the buyer to Stripe's hosted page (here: the fake's /pay/<session>).
      const pay = page.getByRole("link", { name: /Thanh toán bằng thẻ/ });
      expect(await pay.getAttribute("href")).toBe(
        `${stack().fakeStripeUrl}/pay/${placed.payment!.providerRef}`,
      );
      await Promise.all([page.waitForURL(`${stack().fakeStripeUrl}/pay/**`), pay.click()]);
      // Stripe charges VND as a zero-decimal currency: the amount is the checkout total in whole đồng.
      expect(await page.locator("#amount").textContent()).toMatch(
        new RegExp(`^${placed.totalVnd.toLocaleString("vi-VN").replaceAll(".", "\\.")}\\s?₫$`),
      );

      // "Pay" → signed webhook to the storefront → 303 back to the success URL on the storefront.
      await Promise.all([page.waitForURL(CHECKOUT_URL), page.locator("#pay").click()]);
      expect(new URL(page.url()).searchParams.get("thanh-toan")).toBe("thanh-cong");
      expect(CHECKOUT_URL.exec(page.url())![1]).toBe(code);

      // The webhook is what marks it paid; reload until the page shows it (the fake delivers it before it
      // redirects, so this normally holds at once).
      await expect
        .poll(
          async () => {
            await page.reload();
            return page.getByRole("status").first().textContent();
          },
          { timeout: 20_000, interval: 1_000 },
        )
        .toContain("Đã thanh toán");
      await fitsScreen(page);

      const paid = await db().checkout.findUniqueOrThrow({
        where: { code },
        include: { payment: true, orders: true },
      });
      expect(paid.payment?.status).toBe("paid");
      expect(paid.payment?.paidAt).toBeInstanceOf(Date);
      expect(paid.status).toBe("placed");
      expect(paid.orders.map((o) => o.status)).toEqual(["placed"]);
      // The step was taken by the webhook (the state machine's event carries its note)...
      const history = await db().orderStatusEvent.findMany({
        where: { orderId: paid.orders[0]!.id },
        orderBy: { createdAt: "asc" },
      });
      expect(history.map((h) => [h.from, h.to])).toEqual([
        [null, "pending_payment"],
        ["pending_payment", "placed"],
      ]);
      expect(history[1]!.note).toBe("Đã nhận thanh toán");

      // ...and the order page shows it: placed, with the payment step last in the timeline.
      await page.goto(storefront(`/orders/${paid.orders[0]!.code}`));
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Đã đặt hàng");
      const last = page
        .locator("section", { has: page.locator("#timeline") })
        .locator("ol > li")
        .last();
      expect(await last.textContent()).toContain("Đã nhận thanh toán");
    } finally {
      await close();
    }
  });
});
