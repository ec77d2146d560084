/**
 * Assisted selling from two phones (360 px, JavaScript on): a farmer invites a member of the village digital
 * team by phone number; the helper signs in, accepts, and changes the farm's stock from the product list; the
 * farmer sees them in the helpers list with when they last acted, then revokes them. The helper's very next
 * attempt, from the page still open on their phone, is refused and changes nothing.
 *
 * Both people are accounts of this test (fixtures.createAccount), so no other file's farm or helper moves.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { createAccount, createFarm, dashboard, dashboardAs, db, MOBILE } from "./fixtures";

async function fitsScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
}

/** The product's stock form on /seller ("Còn lại" + "Lưu số lượng"). */
function stockForm(page: Page, title: string) {
  return page.getByRole("form", { name: `Số lượng còn của ${title}` });
}

describe("village helper (mobile 360×740, JavaScript on)", () => {
  test("a farmer invites a helper by phone; the helper accepts and changes stock; once revoked, the next change is refused", async () => {
    const owner = await createAccount({ name: "Triệu Thị Dung", role: "seller" });
    const helper = await createAccount({ name: "Bàn Văn Quý" }); // a buyer account until they accept
    const { shop, product } = await createFarm(owner.id, { title: "Ớt chào mào Khe Lục", stock: 30 });
    const farmer = await dashboardAs(owner, "/seller/helpers");
    let helperPhone: Awaited<ReturnType<typeof dashboardAs>> | undefined;
    try {
      const { page } = farmer;
      await fitsScreen(page);
      // Typed as people say it, with spaces.
      const typed = helper.phone.replace(/^(\d{4})(\d{3})(\d{3})$/, "$1 $2 $3");
      await page.locator('input[name="phone"]').fill(typed);
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("ket-qua") === "invited"),
        page.getByRole("button", { name: "Gửi lời mời" }).click(),
      ]);
      const row = page.getByRole("listitem").filter({ hasText: helper.name });
      expect(await row.textContent()).toContain("Đang chờ nhận lời");
      // The farmer's screen never shows the helper's full number.
      expect(await row.textContent()).not.toContain(typed);
      const link = { shopId: shop.id, userId: helper.id };
      expect(await db().shopHelper.findUniqueOrThrow({ where: { shopId_userId: link } })).toMatchObject({
        acceptedAt: null,
        revokedAt: null,
        lastActedAt: null,
      });

      // The helper signs in on their own phone and accepts.
      helperPhone = await dashboardAs(helper, "/loi-moi");
      const hp = helperPhone.page;
      const invitation = hp.getByRole("listitem").filter({ hasText: shop.name });
      expect(await invitation.textContent()).toContain(owner.name);
      await Promise.all([
        hp.waitForURL((u) => u.searchParams.get("ket-qua") === "accepted"),
        invitation.getByRole("button", { name: "Nhận lời" }).click(),
      ]);
      expect((await db().user.findUniqueOrThrow({ where: { id: helper.id } })).role).toBe("seller");
      await Promise.all([
        hp.waitForURL((u) => u.pathname === "/seller" && u.searchParams.get("shop") === shop.id),
        hp.getByRole("link", { name: /Mở gian hàng vừa nhận/ }).click(),
      ]);
      await fitsScreen(hp);

      // The helper changes the stock from the product list.
      const form = stockForm(hp, product.title);
      await form.locator('input[name="stock"]').fill("25");
      await form.getByRole("button", { name: "Lưu số lượng" }).click();
      await expect
        .poll(async () => (await db().product.findUniqueOrThrow({ where: { id: product.id } })).stock)
        .toBe(25);
      const stockAudit = await db().auditLog.findFirstOrThrow({
        where: { entityType: "Product", entityId: product.id, action: "listing.stock_changed" },
      });
      expect(stockAudit).toMatchObject({ actorId: helper.id, actorRole: "helper" });
      expect(
        (await db().shopHelper.findUniqueOrThrow({ where: { shopId_userId: link } })).lastActedAt,
      ).toBeInstanceOf(Date);

      // The farmer sees who helps and when they last acted.
      await page.goto(dashboard("/seller/helpers"));
      const helping = page.getByRole("listitem").filter({ hasText: helper.name });
      const text = (await helping.textContent()) ?? "";
      expect(text).toContain("Đang giúp");
      expect(text).toContain("Lần cuối");
      expect(text).toMatch(/vừa xong|\d+ phút trước/);
      expect(text).not.toContain("chưa làm gì");

      // The helper's product list stays open on their phone while the farmer revokes them.
      await hp.goto(dashboard(`/seller?shop=${shop.id}`));
      await helping.getByText("Thu hồi quyền").click();
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("ket-qua") === "revoked"),
        helping.getByRole("button", { name: "Đồng ý thu hồi" }).click(),
      ]);
      expect(await page.getByRole("status").first().textContent()).toContain("Đã thu hồi quyền");
      expect(await page.getByRole("listitem").filter({ hasText: helper.name }).textContent()).toContain(
        "Đã thu hồi",
      );
      const revoked = await db().shopHelper.findUniqueOrThrow({ where: { shopId_userId: link } });
      expect(revoked.revokedAt).toBeInstanceOf(Date);

      // The helper's next change, from the page still open, is refused and the stock stays.
      const stale = stockForm(hp, product.title);
      await stale.locator('input[name="stock"]').fill("5");
      await stale.getByRole("button", { name: "Lưu số lượng" }).click();
      await expect
        .poll(() => stale.getByRole("alert").textContent(), { timeout: 15_000 })
        .toContain("Không tìm thấy sản phẩm này trong gian hàng bạn quản lý");
      expect((await db().product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(25);
      expect(
        (await db().shopHelper.findUniqueOrThrow({ where: { shopId_userId: link } })).lastActedAt,
      ).toEqual(revoked.lastActedAt);

      // Reloaded, the farm's product is gone from their screens and its edit page is not found.
      await hp.goto(dashboard(`/seller?shop=${shop.id}`));
      expect(await hp.getByText(product.title).count()).toBe(0);
      const edit = await hp.goto(dashboard(`/seller/listings/${product.id}`));
      expect(edit?.status()).toBe(404);
      expect(await hp.getByRole("heading", { level: 1 }).textContent()).toBe("Không tìm thấy trang này");
    } finally {
      await helperPhone?.close();
      await farmer.close();
    }
  });
});
