/**
 * The platform admin's screens on a 360 px phone with JavaScript off (every form a plain post): suspending a
 * shop takes its listing off the storefront at once while an order it already had goes on, and reinstating
 * brings the listing back; banning a buyer signs them out of the browser they were using and keeps them out
 * until the ban is lifted; a buyer becomes an OCOP reviewer and is given a province. Each action carries a
 * reason that /admin/audit shows beside the admin's name and role, in a hash chain the page verifies. An action
 * without a reason is refused in Vietnamese and changes nothing; a seller opening /admin gets a 403.
 *
 * Every user, shop and order acted on here is created by this file (fixtures.createAccount / createFarm), so
 * no demo account another file signs in with is ever suspended, banned or promoted.
 */
import { randomUUID } from "node:crypto";
import { DEMO_PASSWORD } from "@cho-phien/db/seed";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import {
  type Account,
  createAccount,
  createFarm,
  dashboard,
  dashboardAs,
  dashboardWithoutJavaScript,
  db,
  MOBILE,
  newPage,
  storefront,
} from "./fixtures";

const ADMIN = { phone: "0901000004", password: DEMO_PASSWORD }; // Phạm Quốc Bảo
const ADMIN_NAME = "Phạm Quốc Bảo";
const SELLER = { phone: "0901000002", password: DEMO_PASSWORD }; // Triệu Văn Sinh: only signs in, is refused

/** A word no other row has, so a title can be found in search and a shop in the admin's list. */
const uniqueWord = () => `qt${Date.now().toString(36)}${randomUUID().slice(0, 4)}`;

const adminId = async () =>
  (await db().user.findFirstOrThrow({ where: { phoneNumber: "+84901000004" }, select: { id: true } })).id;

async function fitsScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
}

/**
 * Opens the row's <details> step (native, no JavaScript), types the reason into the form that holds `button`
 * and presses it; waits for the server action's redirect back with `?ket-qua=<outcome>`.
 */
async function actWithReason(
  page: Page,
  row: Locator,
  step: { summary: string; button: string; reason: string; outcome: string },
) {
  const form = row.locator("form", { has: page.getByRole("button", { name: step.button, exact: true }) });
  if (!(await form.isVisible())) await row.locator("summary", { hasText: step.summary }).click();
  await form.locator('textarea[name="reason"]').fill(step.reason);
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get("ket-qua") === step.outcome),
    form.getByRole("button", { name: step.button, exact: true }).click(),
  ]);
}

/** The notice the redirect brought back (green status or amber alert). */
async function notice(page: Page, role: "status" | "alert") {
  return (await page.locator("main").getByRole(role).first().textContent()) ?? "";
}

/** The admin's row of one user in /admin, found by their phone number through the search box. */
async function userRow(page: Page, account: { phone: string; name: string }) {
  await page.goto(dashboard("/admin"));
  await page.locator('input[name="q"]').fill(account.phone);
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get("q") === account.phone),
    page.getByRole("search").getByRole("button", { name: "Tìm" }).click(),
  ]);
  const row = page.locator("main ul > li", { hasText: account.name });
  expect(await row.count()).toBe(1);
  return row;
}

/** The admin's row of one shop in /admin/shops, found by its name through the search box. */
async function shopRow(page: Page, name: string) {
  await page.goto(dashboard("/admin/shops"));
  await page.locator('input[name="q"]').fill(name);
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get("q") === name),
    page.getByRole("search").getByRole("button", { name: "Tìm" }).click(),
  ]);
  const row = page.locator("main ul > li", { hasText: name });
  expect(await row.count()).toBe(1);
  return row;
}

/**
 * /admin/audit filtered to one entity through its GET form; returns each entry's text, newest first, and what
 * the chain panel says about that entity's whole history.
 */
async function auditOf(page: Page, entityType: string, entityId: string) {
  await page.goto(dashboard("/admin/audit"));
  const filters = page.getByRole("form", { name: "Lọc nhật ký" });
  await filters.locator('input[name="loai"]').fill(entityType);
  await filters.locator('input[name="ma"]').fill(entityId);
  await Promise.all([
    page.waitForURL(
      (u) => u.searchParams.get("ma") === entityId && u.searchParams.get("loai") === entityType,
    ),
    filters.getByRole("button", { name: "Lọc", exact: true }).click(),
  ]);
  await fitsScreen(page);
  const entries = await page.locator("main ol > li").allTextContents();
  const chain = page.locator('section[aria-labelledby="chain-heading"]');
  return { entries, chain: (await chain.getByRole("status").textContent()) ?? "" };
}

/** One entry of the log as the admin reads it: the action, who in which role, and why. */
function expectEntry(text: string | undefined, action: string, reason: string) {
  expect(text).toContain(action);
  expect(text).toContain(`${ADMIN_NAME} · Quản trị viên`);
  expect(text).toContain(reason);
}

/**
 * Signs in on the storefront's form (it needs JavaScript, so this page has it on); returns the refusal the form
 * shows, or null once the buyer lands signed in on /orders.
 */
async function storefrontSignIn(page: Page, account: Account): Promise<string | null> {
  await page.goto(storefront("/dang-nhap?next=/orders"));
  await page.getByRole("tab", { name: "Mật khẩu" }).click();
  const panel = page.getByRole("tabpanel");
  await panel.locator('input[name="phone"]').fill(account.phone);
  await panel.locator('input[name="password"]').fill(account.password);
  // Whichever comes first; the other wait ends on its own timeout, caught so it cannot fail the run later.
  const signedIn = page
    .waitForURL((u) => u.pathname === "/orders")
    .then(
      () => null,
      () => "no redirect after signing in",
    );
  const refused = panel
    .getByRole("alert")
    .waitFor()
    .then(
      async () => (await panel.getByRole("alert").textContent()) ?? "",
      () => "no answer from the sign-in form",
    );
  await panel.getByRole("button", { name: "Đăng nhập" }).click();
  return Promise.race([signedIn, refused]);
}

/** Whom the storefront's header greets on a fresh load of /orders: the buyer's name, or null when signed out. */
async function greeted(page: Page): Promise<string | null> {
  await page.goto(storefront("/orders"));
  const header = page.locator("header").first();
  if ((await header.getByRole("link", { name: "Đăng nhập" }).count()) > 0) return null;
  const hello = (await header.getByText(/^Chào, /).textContent()) ?? "";
  return hello.replace(/^Chào, /, "").trim();
}

/**
 * A COD order of one kg of `product` from `shop`, as checkout leaves it (checkout, payment, order, line,
 * shipment, first status event): placed before the admin acts, waiting for the farm to accept it.
 */
async function placedOrder(shopId: string, product: { id: string; title: string }) {
  const code = `CP${randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase()}`;
  const priceVnd = 60_000;
  const shippingVnd = 30_000;
  const totalVnd = priceVnd + shippingVnd;
  const buyerPhone = "+84978556677";
  const address = {
    recipientName: "Lù Thị Mai",
    phone: buyerPhone,
    provinceCode: "15",
    ward: "Phường Sa Pa",
    street: "Thôn Tả Van",
  };
  const checkout = await db().checkout.create({
    data: {
      code,
      idempotencyKey: randomUUID(),
      buyerPhone,
      paymentMethod: "cod",
      status: "placed",
      itemsTotalVnd: priceVnd,
      shippingVnd,
      totalVnd,
      address,
      payment: { create: { method: "cod", status: "pending", amountVnd: totalVnd } },
    },
  });
  return db().order.create({
    data: {
      code: `${code}-1`,
      checkoutId: checkout.id,
      shopId,
      buyerPhone,
      status: "placed",
      itemsTotalVnd: priceVnd,
      shippingVnd,
      totalVnd,
      address,
      items: {
        create: {
          productId: product.id,
          title: product.title,
          unit: "kg",
          priceVnd,
          quantity: 1,
          weightGrams: 1000,
          lineVnd: priceVnd,
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
      history: { create: { to: "placed" } },
    },
    select: { id: true, code: true },
  });
}

/** What an anonymous buyer finds: the product's card in search, and the product page's status and heading. */
async function buyerFinds(page: Page, word: string, slug: string) {
  await page.goto(storefront(`/search?q=${word}`));
  const cards = await page.getByRole("link", { name: new RegExp(word) }).count();
  const res = await page.goto(storefront(`/p/${slug}`));
  const heading = await page.getByRole("heading", { level: 1 }).first().textContent();
  return { cards, status: res?.status(), heading };
}

describe("admin screens (mobile 360×740, JavaScript off)", () => {
  test("a shop suspended with a reason leaves the storefront while its earlier order still moves forward; reinstating brings it back; the log shows both", async () => {
    const word = uniqueWord();
    const owner = await createAccount({ name: "Giàng Seo Phử", role: "seller" });
    const { shop, product } = await createFarm(owner.id, { title: `Chè Shan Tuyết ${word}`, stock: 20 });
    const order = await placedOrder(shop.id, product);

    const buyer = await newPage({ javaScriptEnabled: false });
    const admin = await dashboardWithoutJavaScript(ADMIN, "/admin/shops");
    try {
      expect(await buyerFinds(buyer.page, word, product.slug)).toEqual({
        cards: 1,
        status: 200,
        heading: product.title,
      });

      const { page } = admin;
      const suspendReason = "Nhiều người mua phản ánh chè bị mốc khi nhận hàng";
      await actWithReason(page, await shopRow(page, shop.name), {
        summary: "Tạm ngừng gian hàng",
        button: "Tạm ngừng gian hàng",
        reason: suspendReason,
        outcome: "suspended",
      });
      expect(await notice(page, "status")).toContain("Đã tạm ngừng gian hàng");
      // The redirect keeps the search, so the same row now shows the suspension and why.
      const row = page.locator("main ul > li", { hasText: shop.name });
      const rowText = (await row.textContent()) ?? "";
      expect(rowText).toContain("Tạm ngừng");
      expect(rowText).toContain(`Lý do: ${suspendReason}`);
      await fitsScreen(page);
      const suspended = await db().shop.findUniqueOrThrow({ where: { id: shop.id } });
      expect(suspended).toMatchObject({ active: false, suspendReason });
      expect(suspended.suspendedAt).not.toBeNull();

      // Gone from search at once, and its page answers 404 (with the storefront's not-found page).
      expect(await buyerFinds(buyer.page, word, product.slug)).toEqual({
        cards: 0,
        status: 404,
        heading: "Không tìm thấy trang",
      });

      // The order placed before is untouched, and the farm still accepts it from its phone.
      expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("placed");
      const farm = await dashboardWithoutJavaScript(owner, "/seller/orders");
      try {
        await farm.page.goto(dashboard("/seller/orders"));
        const card = farm.page.locator(`#don-${order.code}`);
        expect(await card.textContent()).toContain(product.title);
        await Promise.all([
          farm.page.waitForURL(/ket-qua=done/),
          card.getByRole("button", { name: "Nhận đơn" }).click(),
        ]);
        expect(await notice(farm.page, "status")).toMatch(/Đã nhận đơn/);
      } finally {
        await farm.close();
      }
      const accepted = await db().order.findUniqueOrThrow({
        where: { id: order.id },
        include: { history: { orderBy: { createdAt: "asc" } } },
      });
      expect(accepted.status).toBe("accepted");
      expect(accepted.history.map((h) => [h.to, h.actorId])).toEqual([
        ["placed", null],
        ["accepted", owner.id],
      ]);

      const reinstateReason = "Nhà vườn đã đổi cách đóng gói, kiểm tra lại đạt yêu cầu";
      await actWithReason(page, await shopRow(page, shop.name), {
        summary: "Cho bán lại",
        button: "Cho bán lại",
        reason: reinstateReason,
        outcome: "reinstated",
      });
      expect(await notice(page, "status")).toContain("Gian hàng đã được bán lại");
      expect(await db().shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
        active: true,
        suspendedAt: null,
        suspendReason: null,
      });
      expect(await buyerFinds(buyer.page, word, product.slug)).toEqual({
        cards: 1,
        status: 200,
        heading: product.title,
      });

      // The shop's history in the log, newest first: the admin's two actions with their reasons, and between
      // them the farm moving its order on while suspended; the chain intact.
      const log = await auditOf(page, "Shop", shop.id);
      expect(log.entries).toHaveLength(3);
      expectEntry(log.entries[0], "shop.reinstated", reinstateReason);
      expect(log.entries[1]).toContain("shop.order_advanced");
      expect(log.entries[1]).toContain(`${owner.name} · Chủ gian hàng`);
      expect(log.entries[1]).toContain(order.code);
      expectEntry(log.entries[2], "shop.suspended", suspendReason);
      for (const e of log.entries) expect(e).toContain(`Shop · ${shop.id}`);
      expect(log.chain).toContain("1 chuỗi nguyên vẹn");
      const rows = await db().auditLog.findMany({
        where: { entityType: "Shop", entityId: shop.id },
        orderBy: { id: "asc" },
      });
      const adminUserId = await adminId();
      expect(
        rows.map((r) => [r.action, r.actorId, r.actorRole, (r.data as { reason?: string }).reason]),
      ).toEqual([
        ["shop.suspended", adminUserId, "admin", suspendReason],
        ["shop.order_advanced", owner.id, "owner", undefined],
        ["shop.reinstated", adminUserId, "admin", reinstateReason],
      ]);
    } finally {
      await admin.close();
      await buyer.close();
    }
  });

  test("a banned buyer is signed out of the browser they were using and cannot sign in again until unbanned", async () => {
    const account = await createAccount({ name: `Vàng Thị Dợ ${uniqueWord()}` });
    const buyer = await newPage(); // the sign-in form needs JavaScript
    const admin = await dashboardWithoutJavaScript(ADMIN, "/admin");
    try {
      expect(await storefrontSignIn(buyer.page, account)).toBeNull();
      expect(await greeted(buyer.page)).toBe(account.name);

      const { page } = admin;
      const banReason = "Đặt nhiều đơn ảo rồi bỏ không nhận hàng, nhà vườn phản ánh";
      await actWithReason(page, await userRow(page, account), {
        summary: "Đổi vai trò / Khoá tài khoản",
        button: "Khoá tài khoản",
        reason: banReason,
        outcome: "banned",
      });
      expect(await notice(page, "status")).toContain("Đã khoá tài khoản");
      expect(await page.locator("main ul > li", { hasText: account.name }).textContent()).toContain(
        "Đã khoá",
      );
      await fitsScreen(page);
      expect((await db().user.findUniqueOrThrow({ where: { id: account.id } })).banned).toBe(true);
      expect(await db().session.count({ where: { userId: account.id } })).toBe(0);

      // The buyer's next page load is anonymous, and the password no longer opens a session.
      expect(await greeted(buyer.page)).toBeNull();
      expect(await storefrontSignIn(buyer.page, account)).toBe(
        "Tài khoản này đã bị khoá. Vui lòng liên hệ ban quản trị Chợ Phiên.",
      );
      expect(await db().session.count({ where: { userId: account.id } })).toBe(0);

      const unbanReason = "Người mua đã gọi điện giải thích, cam kết nhận hàng";
      await actWithReason(page, await userRow(page, account), {
        summary: "Đổi vai trò / Khoá tài khoản",
        button: "Mở khoá",
        reason: unbanReason,
        outcome: "unbanned",
      });
      expect(await notice(page, "status")).toContain("Đã mở khoá");
      expect((await db().user.findUniqueOrThrow({ where: { id: account.id } })).banned).toBe(false);

      expect(await storefrontSignIn(buyer.page, account)).toBeNull();
      expect(await greeted(buyer.page)).toBe(account.name);

      const log = await auditOf(page, "User", account.id);
      expect(log.entries).toHaveLength(2);
      expectEntry(log.entries[0], "user.unbanned", unbanReason);
      expectEntry(log.entries[1], "user.banned", banReason);
      expect(log.chain).toContain("1 chuỗi nguyên vẹn");
    } finally {
      await admin.close();
      await buyer.close();
    }
  });

  test("a buyer made an OCOP reviewer and given a province; the log lists both by the admin, filterable by the entity", async () => {
    // "A" sorts first among the reviewers (by name), so the row is on the first page of /admin/reviewers.
    const account = await createAccount({ name: `A Lù Thị Sính ${uniqueWord()}` });
    const admin = await dashboardWithoutJavaScript(ADMIN, "/admin");
    try {
      const { page } = admin;
      const roleReason = "Được Sở Nông nghiệp Lào Cai cử làm cán bộ duyệt OCOP";
      const row = await userRow(page, account);
      await row.locator("summary", { hasText: "Đổi vai trò / Khoá tài khoản" }).click();
      await row.locator('select[name="role"]').selectOption("reviewer");
      await actWithReason(page, row, {
        summary: "Đổi vai trò / Khoá tài khoản",
        button: "Đổi vai trò",
        reason: roleReason,
        outcome: "role_changed",
      });
      expect(await notice(page, "status")).toContain("Đã đổi vai trò");
      expect(await page.locator("main ul > li", { hasText: account.name }).textContent()).toContain(
        "Cán bộ duyệt OCOP",
      );
      expect((await db().user.findUniqueOrThrow({ where: { id: account.id } })).role).toBe("reviewer");

      await page.goto(dashboard("/admin/reviewers"));
      const reviewer = page.locator("main ul > li", { hasText: account.name });
      expect(await reviewer.textContent()).toContain("Chưa được giao tỉnh nào");
      await reviewer.locator("summary", { hasText: "Tỉnh, thành phụ trách" }).click();
      await reviewer.getByRole("checkbox", { name: "Lào Cai", exact: true }).check();
      const provincesReason = "Phụ trách hồ sơ OCOP của các xã vùng cao Lào Cai";
      await actWithReason(page, reviewer, {
        summary: "Tỉnh, thành phụ trách",
        button: "Lưu phân công",
        reason: provincesReason,
        outcome: "provinces_set",
      });
      expect(await notice(page, "status")).toContain("Đã lưu phân công");
      expect(await page.locator("main ul > li", { hasText: account.name }).textContent()).toContain(
        "Đang phụ trách 1 tỉnh, thành: Lào Cai",
      );
      await fitsScreen(page);
      expect(await db().reviewerProvince.findMany({ where: { userId: account.id } })).toMatchObject([
        { provinceCode: "15", assignedById: await adminId() },
      ]);

      // The whole log by this admin, newest first: the two actions lead it, and every chain on the page holds.
      await page.goto(dashboard(`/admin/audit?nguoi=${ADMIN.phone}`));
      await fitsScreen(page);
      const latest = page.locator("main ol > li");
      expectEntry((await latest.nth(0).textContent()) ?? "", "reviewer.provinces_set", provincesReason);
      expectEntry((await latest.nth(1).textContent()) ?? "", "user.role_changed", roleReason);
      expect(await latest.nth(1).textContent()).toContain("buyer → reviewer");
      const pageChain = page.locator('section[aria-labelledby="chain-heading"]').getByRole("status");
      expect(await pageChain.textContent()).toMatch(/✓ \d+ chuỗi nguyên vẹn/);

      // "Only this entity" from an entry narrows the log to the user's own chain.
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("ma") === account.id),
        latest
          .nth(0)
          .getByRole("link", { name: `User · ${account.id}` })
          .click(),
      ]);
      const own = await page.locator("main ol > li").allTextContents();
      expect(own).toHaveLength(2);
      for (const e of own) expect(e).toContain(`User · ${account.id}`);
      expect(
        await page.locator('section[aria-labelledby="chain-heading"]').getByRole("status").textContent(),
      ).toContain("1 chuỗi nguyên vẹn");
    } finally {
      await admin.close();
    }
  });

  test("suspending a shop without a reason (or with too short a one) is refused in Vietnamese and changes nothing", async () => {
    const word = uniqueWord();
    const owner = await createAccount({ name: "Sùng A Của", role: "seller" });
    const { shop, product } = await createFarm(owner.id, { title: `Mận hậu Bắc Hà ${word}`, stock: 10 });
    const admin = await dashboardWithoutJavaScript(ADMIN, "/admin/shops");
    try {
      const { page } = admin;
      for (const [reason, outcome, message] of [
        ["", "reason_missing", "Vui lòng nhập lý do."],
        ["vi phạm", "reason_short", "Lý do cần ít nhất 10 ký tự"],
      ] as const) {
        const row = await shopRow(page, shop.name);
        await row.locator("summary", { hasText: "Tạm ngừng gian hàng" }).click();
        // Remove the browser's own check (an old phone browser may not enforce it): the server must refuse.
        await row.locator('textarea[name="reason"]').evaluate((el) => {
          el.removeAttribute("required");
          el.removeAttribute("minlength");
        });
        await actWithReason(page, row, {
          summary: "Tạm ngừng gian hàng",
          button: "Tạm ngừng gian hàng",
          reason,
          outcome,
        });
        expect(await notice(page, "alert")).toContain(message);
        expect(await page.locator("main ul > li", { hasText: shop.name }).textContent()).toContain(
          "Đang bán",
        );
      }
      expect(await db().shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
        active: true,
        suspendedAt: null,
        suspendReason: null,
      });
      expect(await db().auditLog.count({ where: { entityType: "Shop", entityId: shop.id } })).toBe(0);
    } finally {
      await admin.close();
    }
    const buyer = await newPage({ javaScriptEnabled: false });
    try {
      const res = await buyer.page.goto(storefront(`/p/${product.slug}`));
      expect(res?.status()).toBe(200);
    } finally {
      await buyer.close();
    }
  });

  test("a seller opening the admin screens gets the 403 page and none of the admin data", async () => {
    const farm = await dashboardAs(SELLER, "/seller");
    const noScript = await newPage({
      storageState: await farm.context.storageState(),
      javaScriptEnabled: false,
    });
    try {
      for (const path of ["/admin", "/admin/shops", "/admin/reviewers", "/admin/audit"]) {
        const res = await farm.page.goto(dashboard(path));
        expect(res?.status(), path).toBe(403);
        expect(await farm.page.getByRole("heading", { level: 1 }).textContent()).toBe(
          "Bạn không có quyền vào khu vực này",
        );
        // Not even in the page's data: the user list would name the admin, the nav would list the screens.
        const html = (await res?.text()) ?? "";
        expect(html).not.toContain(ADMIN_NAME);
        expect(html).not.toContain("Các mục quản trị");
        await fitsScreen(farm.page);

        // Without JavaScript the answer is the same 403; the heading is checked above only, because Next answers
        // forbidden() here with its error shell, whose page the script draws (a known gap, see the issue notes).
        expect((await noScript.page.goto(dashboard(path)))?.status(), path).toBe(403);
        expect(await noScript.page.getByRole("navigation", { name: "Các mục quản trị" }).count()).toBe(0);
      }
    } finally {
      await noScript.close();
      await farm.close();
    }
  });
});
