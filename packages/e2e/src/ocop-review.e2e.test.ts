/**
 * The OCOP review flow on 360 px phones, in Vietnamese: a farm in Quảng Ninh lists a product with a 3-star OCOP
 * claim; the provincial reviewer finds it in the queue, opens it (which holds it for them), approves the
 * listing and verifies the certificate field by field; a buyer then finds it typing without diacritics, with
 * its OCOP badge, and the certificate's public page says it is in force. A second listing is rejected with a
 * reason the farm reads on its dashboard, and a farm's edit to a listing on sale is sent back: the approved
 * version stays on sale and the farm reads why. The reviewer approves, verifies and sends back with
 * JavaScript off (plain form posts) and rejects with it on.
 */
import { DAI_DUC_SHOP_SLUG, DEMO_PASSWORD } from "@cho-phien/db/seed";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import {
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

const SELLER = { phone: "0901000002", password: DEMO_PASSWORD }; // Triệu Văn Sinh, ớt Đại Dực (Quảng Ninh)
const REVIEWER = { phone: "0901000003", password: DEMO_PASSWORD }; // Lê Minh Châu, every demo province

/** The printed fields the reviewer compares with the scan: the required five, and the level we typed. */
const CHECKED = ["stars", "decisionNumber", "issuingAuthority", "signedAt", "expiresAt", "issuingLevel"];

/** A word no other row has, so a title can be found in the queue, the search and the database. */
const uniqueWord = () => `kv${Date.now().toString(36)}`;

/** yyyy-mm-dd of a UTC day, as a date input takes it (and as the API reads it: UTC midnight). */
const day = (d: Date) => d.toISOString().slice(0, 10);

async function fitsScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
}

/** Clicks a button that leads to `?ket-qua=<outcome>` (a server action's redirect) and waits for it. */
async function submitTo(page: Page, button: string, outcome: string) {
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get("ket-qua") === outcome),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
}

/** The seller's new-listing form, filled in (the OCOP claim only when given), then "Gửi duyệt". */
async function listForReview(
  page: Page,
  l: {
    title: string;
    priceVnd: string;
    ocop?: { decisionNumber: string; signedAt: string; expiresAt: string };
  },
): Promise<string> {
  await page.goto(dashboard("/seller/listings/new"));
  await fitsScreen(page);
  // The demo farmer has one shop (a hidden field); should another test have given them more, pick Đại Dực.
  const shopSelect = page.locator('select[name="shopId"]');
  if (await shopSelect.count()) {
    const shop = await db().shop.findUniqueOrThrow({
      where: { slug: DAI_DUC_SHOP_SLUG },
      select: { id: true },
    });
    await shopSelect.selectOption(shop.id);
  }
  await page.locator('input[name="title"]').fill(l.title);
  await page.locator('select[name="categorySlug"]').selectOption("rau-gia-vi");
  await page
    .locator('textarea[name="description"]')
    .fill("Ớt chào mào hái chín cây trên nương của người Dao, đóng túi lưới trong ngày.");
  await page.locator('input[name="priceVnd"]').fill(l.priceVnd);
  await page.locator('input[name="unit"]').fill("kg");
  await page.locator('input[name="stock"]').fill("30");
  await page.locator('input[name="weightGrams"]').fill("1000");
  if (l.ocop) {
    await page.locator('input[name="hasOcop"]').check();
    await page.locator('select[name="ocop.stars"]').selectOption("3");
    await page.locator('select[name="ocop.issuingLevel"]').selectOption("province");
    await page.locator('input[name="ocop.decisionNumber"]').fill(l.ocop.decisionNumber);
    await page.locator('input[name="ocop.issuingAuthority"]').fill("UBND tỉnh Quảng Ninh");
    await page.locator('input[name="ocop.signedAt"]').fill(l.ocop.signedAt);
    await page.locator('input[name="ocop.expiresAt"]').fill(l.ocop.expiresAt);
  }
  await submitTo(page, "Gửi duyệt", "submitted");
  expect(await page.getByRole("status").first().textContent()).toContain("Đã gửi duyệt");
  const id = /\/seller\/listings\/([^/?#]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no listing id in ${page.url()}`);
  return decodeURIComponent(id);
}

/**
 * The reviewer finds the item in their queue by a word of its title (turning pages while it is not on this
 * one: the queue is oldest first) and opens it.
 */
async function openFromQueue(page: Page, word: string, productId: string) {
  await page.goto(dashboard("/reviewer"));
  await fitsScreen(page);
  for (;;) {
    const card = page.getByRole("link", { name: new RegExp(word) });
    if ((await card.count()) > 0) {
      await Promise.all([
        page.waitForURL((u) => u.pathname === `/reviewer/${productId}`),
        card.first().click(),
      ]);
      break;
    }
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) throw new Error(`"${word}" is not in the review queue`);
    const from = page.url();
    await Promise.all([page.waitForURL((u) => u.toString() !== from), next.click()]);
  }
  // Opening it holds it for this reviewer: others see who is on it.
  expect(await page.getByText("Bạn đang giữ hồ sơ này").count()).toBeGreaterThan(0);
  const claim = await db().reviewClaim.findUnique({
    where: { productId },
    select: { reviewer: { select: { phoneNumber: true } }, expiresAt: true },
  });
  expect(claim?.reviewer.phoneNumber).toBe("+84901000003");
  expect(claim!.expiresAt.getTime()).toBeGreaterThan(Date.now());
  await fitsScreen(page);
}

/** The reviewer's "Yêu cầu sửa hoặc từ chối" form: a reason from the checklist and a comment. */
async function giveReason(page: Page, reason: string, comment: string) {
  await page.getByRole("radio", { name: reason, exact: true }).check();
  const form = page.locator("form", { has: page.getByRole("radio", { name: reason, exact: true }) });
  await form.locator('textarea[name="comment"]').fill(comment);
}

describe("OCOP review: farm → reviewer → buyers (mobile 360×740)", () => {
  test("a 3★ OCOP listing is approved and its certificate verified with JavaScript off; buyers find it with the badge and a valid certificate page", async () => {
    const word = uniqueWord();
    const title = `Ớt chào mào Khe Vằn ${word}`;
    // Signed two months ago, valid the longest the rules allow: 36 months from signing.
    const signed = new Date(Date.now() - 60 * 86_400_000);
    signed.setUTCHours(0, 0, 0, 0);
    const expires = new Date(signed);
    expires.setUTCMonth(expires.getUTCMonth() + 36);
    const decisionNumber = `${Date.now() % 100_000}/QĐ-UBND`;

    const farm = await dashboardAs(SELLER, "/seller");
    let productId: string;
    try {
      productId = await listForReview(farm.page, {
        title,
        priceVnd: "95.000",
        ocop: { decisionNumber, signedAt: day(signed), expiresAt: day(expires) },
      });
    } finally {
      await farm.close();
    }
    const listed = await db().product.findUniqueOrThrow({
      where: { id: productId },
      include: {
        ocop: true,
        shop: { select: { provinceCode: true, owner: { select: { phoneNumber: true } } } },
      },
    });
    expect(listed).toMatchObject({ title, listingStatus: "submitted", priceVnd: 95_000 });
    expect(listed.shop).toMatchObject({ provinceCode: "22", owner: { phoneNumber: "+84901000002" } });
    expect(listed.ocop).toMatchObject({
      stars: 3,
      decisionNumber,
      issuingAuthority: "UBND tỉnh Quảng Ninh",
      issuingLevel: "province",
      status: "pending",
      signedAt: signed,
      expiresAt: expires,
    });

    const desk = await dashboardWithoutJavaScript(REVIEWER, "/reviewer");
    const reviewer = await db().user.findFirstOrThrow({ where: { phoneNumber: "+84901000003" } });
    try {
      const { page } = desk;
      await openFromQueue(page, word, productId);
      // The claim as the reviewer reads it: stars, decision number and authority, beside the decision forms.
      const body = (await page.locator("main").first().textContent()) ?? "";
      expect(body).toContain(decisionNumber);
      expect(body).toContain("UBND tỉnh Quảng Ninh");

      await submitTo(page, "✓ Duyệt, cho lên chợ", "approved");
      expect(await page.getByText("Đã duyệt tin").count()).toBeGreaterThan(0);
      const approved = await db().product.findUniqueOrThrow({
        where: { id: productId },
        include: { decisions: true, ocop: true },
      });
      expect(approved).toMatchObject({ listingStatus: "approved", version: listed.version + 1 });
      expect(approved.decisions).toMatchObject([
        { version: listed.version, decision: "approved", revision: false, reviewerId: reviewer.id },
      ]);
      // On sale now; the badge waits for the certificate's own decision.
      expect(approved.ocop?.status).toBe("pending");

      // The same page, reloaded by the redirect, still holds the item and offers the certificate check.
      const certForm = page.locator("form", {
        has: page.getByRole("button", { name: "✓ Xác minh chứng nhận" }),
      });
      for (const field of CHECKED) {
        await certForm.locator(`input[name="checkedFields"][value="${field}"]`).check();
      }
      await submitTo(page, "✓ Xác minh chứng nhận", "verified");
      expect(await page.getByText("Đã xác minh chứng nhận OCOP").count()).toBeGreaterThan(0);
      await fitsScreen(page);
    } finally {
      await desk.close();
    }
    const cert = await db().ocopCertificate.findUniqueOrThrow({ where: { productId } });
    expect(cert).toMatchObject({ status: "verified", reviewedById: reviewer.id, verifiedFields: CHECKED });
    expect(cert.publicCode).toMatch(/^[0-9A-Z]{6,}$/);
    expect(await db().reviewClaim.count({ where: { productId } })).toBe(0);

    // A buyer types the way most phone keyboards do, without diacritics.
    const buyer = await newPage();
    try {
      const { page } = buyer;
      await page.goto(storefront("/"));
      const box = page.locator('form input[name="q"]').first();
      await box.fill("ot chao mao");
      await Promise.all([page.waitForURL(/\/search\?/), box.press("Enter")]);
      const card = page.getByRole("link", { name: new RegExp(word) });
      await expect.poll(() => card.count()).toBe(1);
      // The card's badge: stars for the eye, "OCOP 3 sao" for screen readers.
      expect(await card.textContent()).toContain("OCOP 3 sao");
      await fitsScreen(page);

      await Promise.all([page.waitForURL((u) => u.pathname === `/p/${listed.slug}`), card.click()]);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).first().textContent()).toBe(title);
      expect(await page.locator("main").first().textContent()).toContain("OCOP 3 sao");
      const verify = page.getByRole("link", { name: "Xác minh chứng nhận" });
      await Promise.all([
        page.waitForURL((u) => u.pathname === `/ocop/${cert.publicCode}`),
        verify.first().click(),
      ]);
      const standing = page.locator("section[data-standing]");
      await expect.poll(() => standing.getAttribute("data-standing")).toBe("valid");
      expect((await standing.textContent())?.toLowerCase()).toContain("còn hiệu lực");
      const details = (await page.locator("main").first().textContent()) ?? "";
      expect(details).toContain(decisionNumber);
      expect(details).toContain(title);
      await fitsScreen(page);
    } finally {
      await buyer.close();
    }
  });

  test("a listing rejected with a reason (JavaScript on for the reviewer): the farm reads why on its dashboard, buyers never see it", async () => {
    const word = uniqueWord();
    const title = `Ớt chào mào sấy khô ${word}`;
    // The farm lists it from a phone with JavaScript off, and stays signed in to read the answer.
    const farm = await dashboardWithoutJavaScript(SELLER, "/seller");
    try {
      const productId = await listForReview(farm.page, { title, priceVnd: "1.500.000" });

      const desk = await dashboardAs(REVIEWER, "/reviewer");
      const comment = "Giá gấp mười lần giá ớt khô ở chợ Tiên Yên";
      try {
        const { page } = desk;
        await openFromQueue(page, word, productId);
        await giveReason(page, "Giá bất thường", comment);
        await submitTo(page, "✕ Từ chối", "rejected");
        expect(await page.getByText("Đã từ chối. Nhà vườn đã được báo lý do.").count()).toBe(1);
      } finally {
        await desk.close();
      }
      const note = `Giá bất thường: ${comment}`;
      expect(await db().product.findUniqueOrThrow({ where: { id: productId } })).toMatchObject({
        listingStatus: "rejected",
        reviewNote: note,
      });

      const { page } = farm;
      await page.goto(dashboard("/seller"));
      const row = page.locator(`#sp-${productId}`);
      const rowText = (await row.textContent()) ?? "";
      expect(rowText).toContain(title);
      expect(rowText).toContain("Bị từ chối");
      expect(rowText).toContain(`Ghi chú của cán bộ duyệt: ${note}`);
      await fitsScreen(page);
      await page.goto(dashboard(`/seller/listings/${productId}`));
      expect(await page.locator("main").first().textContent()).toContain(note);
    } finally {
      await farm.close();
    }

    const buyer = await newPage({ javaScriptEnabled: false });
    try {
      await buyer.page.goto(storefront(`/search?q=${word}`));
      expect(await buyer.page.getByRole("link", { name: new RegExp(word) }).count()).toBe(0);
    } finally {
      await buyer.close();
    }
  });

  test("a farm's edit to a listing on sale is sent back (JavaScript off for the reviewer): the approved version stays on sale and the farm reads why", async () => {
    const word = uniqueWord();
    const title = `Ớt chào mào Khe Lục ${word}`;
    const account = await createAccount({ name: "Hoàng Văn Páo", role: "seller" });
    const { product } = await createFarm(account.id, { title, stock: 20 });

    const farm = await dashboardAs(account, "/seller");
    try {
      const { page } = farm;
      await page.goto(dashboard(`/seller/listings/${product.id}`));
      await page.locator('input[name="title"]').fill(`${title} loại 1 cay nhất bản`);
      await submitTo(page, "Gửi duyệt thay đổi", "revision_submitted");

      const desk = await dashboardWithoutJavaScript(REVIEWER, "/reviewer");
      const comment = "Tên chỉ ghi giống ớt và nơi trồng, không quảng cáo";
      try {
        const { page: r } = desk;
        await openFromQueue(r, word, product.id);
        expect(await r.getByRole("heading", { name: "Quyết định về thay đổi" }).count()).toBe(1);
        await giveReason(r, "Mô tả sai", comment);
        await submitTo(r, "↩ Yêu cầu sửa", "changes_requested");
        expect(await r.getByText("Đã gửi yêu cầu sửa cho nhà vườn.").count()).toBe(1);
      } finally {
        await desk.close();
      }
      const note = `Mô tả sai: ${comment}`;
      const row = await db().product.findUniqueOrThrow({ where: { id: product.id } });
      expect(row).toMatchObject({
        listingStatus: "approved",
        title,
        reviewNote: note,
        revisionSubmittedAt: null,
      });
      expect(row.pendingRevision).toMatchObject({ title: `${title} loại 1 cay nhất bản` });

      // Still on sale (no "Cần sửa" badge), so only this line tells the farm what happened to its edit.
      await page.goto(dashboard("/seller"));
      const line = (await page.locator(`#sp-${product.id}`).textContent()) ?? "";
      expect(line).toContain("Đang bán");
      expect(line).toContain(`Bản chỉnh sửa bị trả lại: ${note}`);
      await fitsScreen(page);
      await page.goto(dashboard(`/seller/listings/${product.id}`));
      const edit = (await page.locator("main").first().textContent()) ?? "";
      expect(edit).toContain(`Bản chỉnh sửa bị trả lại: ${note}`);
      // The form starts from the edit that was sent back, ready to fix and send again.
      expect(await page.locator('input[name="title"]').inputValue()).toBe(`${title} loại 1 cay nhất bản`);
    } finally {
      await farm.close();
    }

    const buyer = await newPage();
    try {
      await buyer.page.goto(storefront(`/p/${product.slug}`));
      expect(await buyer.page.getByRole("heading", { level: 1 }).first().textContent()).toBe(title);
    } finally {
      await buyer.close();
    }
  });
});
