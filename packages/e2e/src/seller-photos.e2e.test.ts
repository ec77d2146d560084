/**
 * A farmer lists a product with a photo from the phone (360 px), as the seller studio asks: save a draft, add
 * a photo, send it to the reviewers. With JavaScript on, the photo is shrunk in the browser before it leaves
 * the phone; with JavaScript off, it goes as a plain multipart form and the server does all the work. Either
 * way the listing ends up with one ProductImage row with its size and its resized copies.
 *
 * The photo is a real JPEG made at run time (./test-photo): a camera-sized picture with grain, not a 1 px
 * stand-in, so the browser's downscale and the server's decoding both do real work.
 */
import type { Page, Request } from "playwright-core";
import { describe, expect, test } from "vitest";
import { createAccount, createFarm, dashboard, dashboardAs, db, MOBILE } from "./fixtures";
import { testPhoto } from "./test-photo";

async function fitsScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
}

/** The listing's id from its edit page's URL (/seller/listings/<id>?ket-qua=…). */
function listingIdOf(page: Page): string {
  return /\/seller\/listings\/([^/?#]+)/.exec(page.url())![1]!;
}

/** "Thêm sản phẩm" filled the way a farmer would, saved as a draft; returns the new listing's id. */
async function saveDraftListing(page: Page, title: string): Promise<string> {
  await page.goto(dashboard("/seller/listings/new"));
  await page.locator('input[name="title"]').fill(title);
  await page.locator('select[name="categorySlug"]').selectOption("rau-gia-vi");
  await page.locator('textarea[name="description"]').fill("Hái buổi sáng, phơi nắng ba ngày.");
  await page.locator('input[name="priceVnd"]').fill("120.000");
  await page.locator('input[name="unit"]').fill("kg");
  await page.locator('input[name="stock"]').fill("15");
  await page.locator('input[name="weightGrams"]').fill("1000");
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get("ket-qua") === "created"),
    page.getByRole("button", { name: "Lưu nháp", exact: true }).click(),
  ]);
  return listingIdOf(page);
}

/** The photo as the farmer sees it on the photos page: shown, and actually loaded from the storefront. */
async function expectCoverShown(page: Page) {
  const cover = page.getByRole("img", { name: "Ảnh bìa" });
  await cover.scrollIntoViewIfNeeded();
  await expect
    .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {
      timeout: 15_000,
    })
    .toBe(true);
}

/** "Gửi duyệt" on the listing's edit page. */
async function submitForReview(page: Page, productId: string) {
  await page.goto(dashboard(`/seller/listings/${productId}`));
  // The edit page counts the photo before the farmer sends it.
  expect(await page.getByRole("link", { name: /Ảnh sản phẩm \(1\/8\)/ }).count()).toBe(1);
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get("ket-qua") === "submitted"),
    page.getByRole("button", { name: "Gửi duyệt", exact: true }).click(),
  ]);
}

/**
 * The size of a request's body as sent: the Content-Length the network stack wrote (Chromium does not hand a
 * file's bytes back to the test), else the body playwright saw.
 */
async function requestBodyBytes(request: Request): Promise<number> {
  const length = (await request.allHeaders())["content-length"];
  return length ? Number(length) : (request.postDataBuffer()?.length ?? 0);
}

/** The listing's photos in the database: what the reviewers and then the buyers will be shown. */
async function storedPhotos(productId: string) {
  return db().productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });
}

/** One stored photo with its size (the shape of the camera picture kept) and resized copies. */
function expectStoredPhoto(image: Awaited<ReturnType<typeof storedPhotos>>[number], aspect: number) {
  expect(image.position).toBe(0);
  expect(image.width).toBeGreaterThan(0);
  expect(image.height).toBeGreaterThan(0);
  expect(image.width! / image.height!).toBeCloseTo(aspect, 1);
  const variants = image.variants as { width: number; height: number; path: string }[];
  expect(Array.isArray(variants) && variants.length).toBeGreaterThan(0);
  for (const v of variants) {
    expect(v).toMatchObject({
      width: expect.any(Number),
      height: expect.any(Number),
      path: expect.any(String),
    });
  }
}

describe("seller photos (mobile 360×740)", () => {
  test("with JavaScript on, a new farmer opens a shop, lists a product with a photo shrunk on the phone and sends it for review", async () => {
    const farmer = await createAccount({ name: "Lý Thị Sảo" });
    const farm = await dashboardAs(farmer, "/mo-gian-hang");
    const { page } = farm;
    const shopName = `Ớt Đông Ngũ nhà Sảo ${Date.now().toString(36)}`;
    try {
      await page.locator('select[name="tinh"]').selectOption("22"); // Quảng Ninh
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("tinh") === "22"),
        page.getByRole("button", { name: "Tiếp tục" }).click(),
      ]);
      await page.locator('input[name="name"]').fill(shopName);
      await page.locator('select[name="wardCode"]').selectOption("06877"); // Xã Đông Ngũ
      await page.locator('input[name="addressLine"]').fill("Bản Khe Tiền");
      await page.locator('select[name="bankBin"]').selectOption("970436");
      await page.locator('input[name="accountNo"]').fill("0123456789");
      await page.locator('input[name="accountName"]').fill("Lý Thị Sảo");
      await Promise.all([
        page.waitForURL((u) => u.pathname === "/seller"),
        page.getByRole("button", { name: "Mở gian hàng", exact: true }).click(),
      ]);
      const shop = await db().shop.findFirstOrThrow({ where: { name: shopName, ownerId: farmer.id } });

      const productId = await saveDraftListing(page, "Ớt chào mào phơi khô Đông Ngũ");
      await Promise.all([
        page.waitForURL((u) => u.pathname === `/seller/listings/${productId}/photos`),
        page.getByRole("link", { name: /Ảnh sản phẩm \(0\/8\)/ }).click(),
      ]);
      await fitsScreen(page);

      // A 3000×2250 camera photo (~1.5 MB). The page shrinks it to at most 1600 px before sending.
      const photo = await testPhoto({ width: 3000, height: 2250 });
      const upload = page.waitForResponse(
        (r) => new URL(r.url()).pathname === "/api/uploads" && r.request().method() === "POST",
      );
      await page.locator('input[type="file"][name="photo"]').setInputFiles({
        name: "IMG_20261129_0712.jpg",
        mimeType: "image/jpeg",
        buffer: photo,
      });
      const res = await upload;
      expect(res.status()).toBe(201);
      const sent = (await res.json()) as { id: string };
      // What left the phone: the shrunk copy, a fraction of the camera file.
      expect(await requestBodyBytes(res.request())).toBeLessThan(photo.length / 2);

      // Then the page adds it to the listing and refreshes.
      await page.getByRole("status").filter({ hasText: "Đã thêm ảnh." }).waitFor();
      await expectCoverShown(page);
      await fitsScreen(page);

      await submitForReview(page, productId);
      const product = await db().product.findUniqueOrThrow({ where: { id: productId } });
      expect(product).toMatchObject({ shopId: shop.id, listingStatus: "submitted" });
      const images = await storedPhotos(productId);
      expect(images).toHaveLength(1);
      expectStoredPhoto(images[0]!, 3000 / 2250);
      expect(images[0]!.uploadId).toBe(sent.id);
    } finally {
      await farm.close();
    }
  });

  test("with JavaScript off, the photo goes as a plain form: a file that is not a photo is refused, a camera JPEG is added", async () => {
    const farmer = await createAccount({ name: "Đặng Văn Lìn", role: "seller" });
    await createFarm(farmer.id, { title: "Gừng đá Đông Ngũ", stock: 20 });
    const farm = await dashboardAs(farmer, "/seller/listings/new", { javaScriptEnabled: false });
    const { page } = farm;
    try {
      const productId = await saveDraftListing(page, "Măng khô Khe Tiền");
      await page.goto(dashboard(`/seller/listings/${productId}/photos`));
      await fitsScreen(page);
      const input = page.locator('input[type="file"][name="photo"]');
      const send = page.getByRole("button", { name: "Tải ảnh lên" });

      // A text file named like a photo: the server reads its first bytes, not its name, and says no.
      await input.setInputFiles({
        name: "anh.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from("không phải ảnh"),
      });
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("ket-qua") === "unsupported"),
        send.click(),
      ]);
      expect(await page.getByRole("alert").first().textContent()).toContain(
        "Chỉ nhận ảnh JPEG, PNG hoặc WebP",
      );
      expect(await storedPhotos(productId)).toHaveLength(0);

      // Without JavaScript nothing shrinks it on the phone: the whole camera file is posted.
      const photo = await testPhoto({ width: 2400, height: 1800, seed: 7 });
      await input.setInputFiles({ name: "IMG_0042.jpg", mimeType: "image/jpeg", buffer: photo });
      const [posted] = await Promise.all([
        page.waitForRequest((r) => new URL(r.url()).pathname === "/api/uploads" && r.method() === "POST"),
        page.waitForURL((u) => u.searchParams.get("ket-qua") === "uploaded"),
        send.click(),
      ]);
      expect(await requestBodyBytes(posted)).toBeGreaterThan(photo.length);
      expect(new URL(page.url()).pathname).toBe(`/seller/listings/${productId}/photos`);
      expect(await page.getByRole("status").first().textContent()).toContain("Đã thêm ảnh.");
      await expectCoverShown(page);
      await fitsScreen(page);

      const images = await storedPhotos(productId);
      expect(images).toHaveLength(1);
      expectStoredPhoto(images[0]!, 2400 / 1800);
      const upload = await db().upload.findUniqueOrThrow({ where: { id: images[0]!.uploadId! } });
      expect(upload.ownerId).toBe(farmer.id);

      await submitForReview(page, productId);
      expect((await db().product.findUniqueOrThrow({ where: { id: productId } })).listingStatus).toBe(
        "submitted",
      );
    } finally {
      await farm.close();
    }
  });
});
