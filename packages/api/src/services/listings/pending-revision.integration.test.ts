import { randomBytes } from "node:crypto";
import type { SessionUser } from "@cho-phien/auth";
import { createDb, type Db } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";
import { applyPendingRevision } from "./pending-revision";

/**
 * An approved listing's edits (title, category, OCOP claim, photos) wait in pendingRevision while buyers keep
 * seeing the approved version; applyPendingRevision, which the reviewer's approval runs, puts them on sale.
 */

let db: Db;
let farmer: SessionUser;
let shopId: string;
let categoryId: string;
const uid = randomBytes(4).toString("hex");
let n = 0;

const as = (u: SessionUser | null) => createCaller(contextFor(db, u));
const buyerView = (slug: string) => as(null).catalog.productBySlug({ slug });
const apply = (productId: string) => db.$transaction((tx) => applyPendingRevision(tx, productId));

/** An uploaded photo as storeUpload records it (the bytes themselves do not matter here). */
async function upload(width = 1280, height = 960) {
  const base = `/media/${randomBytes(12).toString("hex")}`;
  const variants = [320, 640, width].map((w) => ({
    width: w,
    height: Math.round((w * height) / width),
    path: `${base}-${w}.webp`,
    bytes: w * 50,
  }));
  return db.upload.create({
    data: {
      ownerId: farmer.id,
      path: `${base}-${width}.webp`,
      mime: "image/webp",
      width,
      height,
      bytes: width * 50,
      variants,
    },
  });
}

/** An approved listing on sale, with one photo. */
async function liveListing(title = "Ớt chào mào Đại Dực") {
  const slug = `ot-${uid}-${++n}`;
  return db.product.create({
    data: {
      shopId,
      categoryId,
      slug,
      title,
      unit: "kg",
      priceVnd: 50_000,
      weightGrams: 500,
      stock: 10,
      listingStatus: "approved",
      approvedAt: new Date(),
      images: { create: { position: 0, path: "/media/cu-1280.webp", alt: title, width: 1280, height: 960 } },
    },
  });
}

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 4);
  farmer = await createTestUser(db, { role: "seller", name: "Triệu Thị Hoa" });
  categoryId = (
    await db.category.create({ data: { slug: `gia-vi-${uid}`, name: "Gia vị", nameEn: "Spices" } })
  ).id;
  shopId = (
    await db.shop.create({
      data: {
        slug: `vuon-hoa-${uid}`,
        name: "Vườn nhà Hoa",
        provinceCode: "22",
        communeName: "Đại Dực",
        ownerId: farmer.id,
      },
    })
  ).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("an approved listing's pending photo change", () => {
  it("does not change what buyers see until applyPendingRevision runs, then shows the new photos and title", async () => {
    const p = await liveListing();
    const [a, b] = [await upload(), await upload(1200, 1600)];
    const set = await as(farmer).uploads.setListingPhotos({ productId: p.id, uploadIds: [b.id, a.id] });
    expect(set.pendingReview).toBe(true);
    const saved = await as(farmer).listings.update({
      productId: p.id,
      version: set.version,
      fields: {
        title: "Ớt chào mào sấy khô",
        categorySlug: `gia-vi-${uid}`,
        description: "",
        unit: "kg",
        priceVnd: "50.000",
        stock: "10",
        weightGrams: "500",
      },
      ocop: {
        stars: "3",
        decisionNumber: "12/QĐ-UBND",
        issuingAuthority: "UBND tỉnh Quảng Ninh",
        issuingLevel: "province",
        signedAt: "2025-03-01",
        expiresAt: "2028-03-01",
      },
    });
    expect(saved.hasPendingRevision).toBe(true);

    // Buyers: the approved title and photo, on the product page and on cards.
    const before = await buyerView(p.slug);
    expect(before.title).toBe("Ớt chào mào Đại Dực");
    expect(before.images.map((i) => i.path)).toEqual(["/media/cu-1280.webp"]);
    const card = (await as(null).catalog.search({ q: "ot chao mao dai duc" })).items.find(
      (i) => i.id === p.id,
    );
    expect(card?.image?.path).toBe("/media/cu-1280.webp");

    const applied = await apply(p.id);
    expect(applied.sort()).toEqual(["images", "ocop", "title"]);

    const after = await buyerView(p.slug);
    expect(after.title).toBe("Ớt chào mào sấy khô");
    expect(after.images).toEqual([
      {
        path: b.path,
        alt: "Ớt chào mào Đại Dực",
        width: 1200,
        height: 1600,
        variants: [
          { width: 320, height: 427, path: b.path.replace("-1200", "-320") },
          { width: 640, height: 853, path: b.path.replace("-1200", "-640") },
          { width: 1200, height: 1600, path: b.path },
        ],
      },
      expect.objectContaining({ path: a.path, width: 1280, height: 960 }),
    ]);
    const rows = await db.productImage.findMany({ where: { productId: p.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.position, r.uploadId])).toEqual([
      [0, b.id],
      [1, a.id],
    ]);
    const row = await db.product.findUniqueOrThrow({ where: { id: p.id }, include: { ocop: true } });
    expect(row).toMatchObject({
      pendingRevision: null,
      revisionSubmittedAt: null,
      listingStatus: "approved",
    });
    // The claim is filed for the reviewer of certificates, not shown as a badge yet.
    expect(row.ocop).toMatchObject({ stars: 3, decisionNumber: "12/QĐ-UBND", status: "pending" });
    expect(after.ocop).toBeNull();
    // The version is the caller's to bump (once, with its decision).
    expect(row.version).toBe(saved.version);
  });

  it("reads a revision saved before photos had their own table (bare paths): the title describes them", async () => {
    const p = await liveListing("Gừng gió");
    await db.product.update({
      where: { id: p.id },
      data: { pendingRevision: { images: ["/media/moi-1280.webp", "/img/products/gung.svg"] } },
    });
    expect(await apply(p.id)).toEqual(["images"]);
    const after = await buyerView(p.slug);
    expect(after.images).toEqual([
      { path: "/media/moi-1280.webp", alt: "Gừng gió", width: null, height: null, variants: [] },
      { path: "/img/products/gung.svg", alt: "Gừng gió", width: null, height: null, variants: [] },
    ]);
  });

  it("withdraws the certificate for `ocop: null`, and leaves photos alone when none were proposed", async () => {
    const p = await liveListing();
    await db.ocopCertificate.create({
      data: {
        productId: p.id,
        stars: 4,
        decisionNumber: "9/QĐ-UBND",
        issuingAuthority: "UBND tỉnh Quảng Ninh",
        issuingLevel: "province",
        signedAt: new Date("2025-01-01"),
        expiresAt: new Date("2028-01-01"),
        status: "verified",
      },
    });
    await db.product.update({
      where: { id: p.id },
      data: { pendingRevision: { ocop: null, description: "Cay nồng" }, revisionSubmittedAt: new Date() },
    });
    expect((await apply(p.id)).sort()).toEqual(["description", "ocop"]);
    const row = await db.product.findUniqueOrThrow({
      where: { id: p.id },
      include: { ocop: true, images: true },
    });
    expect(row).toMatchObject({
      description: "Cay nồng",
      ocop: null,
      pendingRevision: null,
      revisionSubmittedAt: null,
    });
    expect(row.images.map((i) => i.path)).toEqual(["/media/cu-1280.webp"]);
  });

  it("changes nothing buyers see when nothing waits, and refuses an unknown product", async () => {
    const p = await liveListing();
    expect(await apply(p.id)).toEqual([]);
    expect((await buyerView(p.slug)).images.map((i) => i.path)).toEqual(["/media/cu-1280.webp"]);
    await expect(apply("khong-co")).rejects.toMatchObject({ kind: "NOT_FOUND" });
  });

  it("folds pending photos into the draft when a paused listing is put back (Bán lại)", async () => {
    const p = await liveListing();
    const a = await upload();
    const set = await as(farmer).uploads.setListingPhotos({ productId: p.id, uploadIds: [a.id] });
    const paused = await as(farmer).listings.archive({ productId: p.id, version: set.version });
    const restored = await as(farmer).listings.restore({ productId: p.id, version: paused.version });
    expect(restored.listingStatus).toBe("draft");
    const rows = await db.productImage.findMany({ where: { productId: p.id } });
    expect(rows.map((r) => r.uploadId)).toEqual([a.id]);
    const row = await db.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ pendingRevision: null, approvedAt: null });
  });
});
