import { createDb, type PrismaClient } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";

/** A farm writes listings, sends them for review, edits approved ones and uses the list's quick actions. */

let db: PrismaClient;
let farmer: Awaited<ReturnType<typeof createTestUser>>;
let helper: Awaited<ReturnType<typeof createTestUser>>;
let revoked: Awaited<ReturnType<typeof createTestUser>>;
let stranger: Awaited<ReturnType<typeof createTestUser>>;
let shopId: string;
let strangerProductId: string;
const uid = Math.random().toString(36).slice(2, 8);
const cat = `gia-vi-${uid}`;
const cat2 = `che-${uid}`;

const fields = (over: Record<string, unknown> = {}) => ({
  title: `Ớt chào mào ${uid}`,
  categorySlug: cat,
  description: "Ớt trồng trên nương.\nPhơi nắng 3 ngày.",
  unit: "kg",
  priceVnd: "120.000",
  stock: "40",
  weightGrams: "1000",
  ...over,
});

const as = (u: Awaited<ReturnType<typeof createTestUser>>) => createCaller(contextFor(db, u));

async function approve(productId: string) {
  // The reviewer's decision is another feature's; here it is set directly.
  await db.product.update({
    where: { id: productId },
    data: { listingStatus: "approved", approvedAt: new Date(), version: { increment: 1 } },
  });
  return (await db.product.findUniqueOrThrow({ where: { id: productId } })).version;
}

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 4);
  farmer = await createTestUser(db, { role: "seller", name: "Bàn Thị Mai" });
  helper = await createTestUser(db, { role: "seller", name: "Tổ công nghệ số" });
  revoked = await createTestUser(db, { role: "seller", name: "Người giúp cũ" });
  stranger = await createTestUser(db, { role: "seller", name: "Người bán khác" });
  const c = await db.category.create({ data: { slug: cat, name: "Gia vị", nameEn: "Spices" } });
  await db.category.create({ data: { slug: cat2, name: "Chè", nameEn: "Tea" } });
  const shop = await db.shop.create({
    data: {
      slug: `vuon-mai-${uid}`,
      name: "Vườn nhà Mai",
      provinceCode: "22",
      communeName: "Đại Dực",
      ownerId: farmer.id,
    },
  });
  shopId = shop.id;
  await db.shopHelper.create({ data: { shopId, userId: helper.id, grantedById: farmer.id } });
  await db.shopHelper.create({
    data: { shopId, userId: revoked.id, grantedById: farmer.id, revokedAt: new Date() },
  });
  const other = await db.shop.create({
    data: {
      slug: `vuon-khac-${uid}`,
      name: "Vườn khác",
      provinceCode: "22",
      communeName: "Đại Dực",
      ownerId: stranger.id,
    },
  });
  strangerProductId = (
    await db.product.create({
      data: {
        shopId: other.id,
        categoryId: c.id,
        slug: `che-khac-${uid}`,
        title: "Chè khác",
        unit: "kg",
        priceVnd: 100_000,
        weightGrams: 500,
        stock: 3,
        listingStatus: "approved",
        approvedAt: new Date(),
      },
    })
  ).id;
});
afterAll(async () => {
  await db.$disconnect();
});

describe("creating and submitting", () => {
  it('creates a draft from typed text ("120.000" is 120000 đồng) and submits it for review', async () => {
    const api = as(farmer);
    const saved = await api.listings.create({
      shopId,
      fields: fields(),
      ocop: {
        stars: "4",
        decisionNumber: "1234/QĐ-UBND",
        issuingAuthority: "UBND tỉnh Quảng Ninh",
        issuingLevel: "province",
        signedAt: "2025-03-01",
        expiresAt: "2028-03-01",
      },
    });
    expect(saved).toMatchObject({ listingStatus: "draft", version: 1 });
    const row = await db.product.findUniqueOrThrow({
      where: { id: saved.productId },
      include: { ocop: true },
    });
    expect(row).toMatchObject({ priceVnd: 120_000, stock: 40, listingStatus: "draft" });
    expect(await db.productImage.count({ where: { productId: saved.productId } })).toBe(0);
    expect(row.description).toBe("Ớt trồng trên nương.\nPhơi nắng 3 ngày.");
    expect(row.ocop).toMatchObject({ stars: 4, issuingLevel: "province", status: "pending" });

    const submitted = await api.listings.submit({ productId: saved.productId, version: saved.version });
    expect(submitted).toMatchObject({ listingStatus: "submitted", version: 2 });
    const audit = await db.auditLog.findMany({
      where: { entityId: saved.productId },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorRole])).toEqual([
      ["listing.created", "owner"],
      ["listing.submitted", "owner"],
    ]);
    expect(audit[1].data).toMatchObject({ version: 2, from: "draft", to: "submitted" });
  });

  it("refuses steps that skip review: restoring a draft onto sale, submitting a paused listing", async () => {
    const api = as(farmer);
    const d = await api.listings.create({ shopId, fields: fields({ title: "Ớt khô" }) });
    await expect(api.listings.restore({ productId: d.productId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Bản nháp"),
    });
    const archived = await api.listings.archive({ productId: d.productId, version: d.version });
    expect(archived.listingStatus).toBe("archived");
    await expect(api.listings.submit({ productId: d.productId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.product.findUniqueOrThrow({ where: { id: d.productId } })).listingStatus).toBe(
      "archived",
    );
    // Never approved: restoring makes it a draft again, not a listing on sale.
    expect((await api.listings.restore({ productId: d.productId })).listingStatus).toBe("draft");
  });
});

describe("editing an approved listing", () => {
  it("keeps the approved title on sale while the new title waits as a pending revision", async () => {
    const api = as(farmer);
    const title = `Mật ong bạc hà ${uid}`;
    const d = await api.listings.create({ shopId, fields: fields({ title, categorySlug: cat2 }) });
    const version = await approve(d.productId);

    const saved = await api.listings.update({
      productId: d.productId,
      version,
      fields: fields({ title: `Mật ong hoa bạc hà ${uid}`, categorySlug: cat2, priceVnd: "150000" }),
    });
    expect(saved).toMatchObject({
      listingStatus: "approved",
      hasPendingRevision: true,
      version: version + 1,
    });
    const row = await db.product.findUniqueOrThrow({ where: { id: d.productId } });
    expect(row.title).toBe(title);
    expect(row.priceVnd).toBe(150_000); // price publishes at once
    expect(row.pendingRevision).toEqual({ title: `Mật ong hoa bạc hà ${uid}` });
    expect(row.revisionSubmittedAt).toBeNull();

    const buyer = createCaller(contextFor(db, null));
    const page = await buyer.catalog.productBySlug({ slug: d.slug });
    expect(page.title).toBe(title);
    expect(page.priceVnd).toBe(150_000);
    expect(JSON.stringify(page)).not.toContain("hoa bạc hà");
    const found = await buyer.catalog.search({ q: `bạc hà ${uid}` });
    expect(found.items.map((i) => i.title)).toContain(title);
    expect(found.items.map((i) => i.title)).not.toContain(`Mật ong hoa bạc hà ${uid}`);

    const view = await api.listings.byId({ productId: d.productId });
    expect(view.pendingRevision).toMatchObject({ title: `Mật ong hoa bạc hà ${uid}`, submittedAt: null });

    const sent = await api.listings.submit({ productId: d.productId, version: saved.version });
    expect(sent).toMatchObject({ listingStatus: "approved", changed: true });
    const after = await db.product.findUniqueOrThrow({ where: { id: d.productId } });
    expect(after.revisionSubmittedAt).not.toBeNull();
    expect(after.listingStatus).toBe("approved");
  });

  it("publishes a quick price or stock change at once and audits it", async () => {
    const api = as(farmer);
    const d = await api.listings.create({ shopId, fields: fields({ title: `Chè shan ${uid}` }) });
    await approve(d.productId);
    const r = await api.listings.quickEdit({ productId: d.productId, priceVnd: "99.000", stock: "7" });
    expect(r).toMatchObject({ priceVnd: 99_000, stock: 7, changed: true });
    const page = await createCaller(contextFor(db, null)).catalog.productBySlug({ slug: d.slug });
    expect(page).toMatchObject({ priceVnd: 99_000, stock: 7 });
    const actions = await db.auditLog.findMany({
      where: { entityId: d.productId },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["listing.price_changed", "listing.stock_changed"]),
    );
  });
});

describe("two saves of the same version", () => {
  it("refuses the later save as STALE_LISTING and keeps the first", async () => {
    const api = as(farmer);
    const d = await api.listings.create({ shopId, fields: fields({ title: "Gạo nếp" }) });
    await api.listings.update({
      productId: d.productId,
      version: d.version,
      fields: fields({ title: "Gạo nếp cái hoa vàng" }),
    });
    await expect(
      api.listings.update({
        productId: d.productId,
        version: d.version,
        fields: fields({ title: "Gạo tẻ" }),
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Sản phẩm vừa được sửa ở nơi khác, vui lòng tải lại",
      cause: expect.objectContaining({ reason: "STALE_LISTING" }),
    });
    const row = await db.product.findUniqueOrThrow({ where: { id: d.productId } });
    expect(row).toMatchObject({ title: "Gạo nếp cái hoa vàng", version: 2 });
  });

  it("lets only one of two simultaneous saves through", async () => {
    const api = as(farmer);
    const d = await api.listings.create({ shopId, fields: fields({ title: "Măng khô" }) });
    const results = await Promise.allSettled(
      ["Măng khô A", "Măng khô B"].map((title) =>
        as(farmer).listings.update({ productId: d.productId, version: d.version, fields: fields({ title }) }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: d.productId } })).version).toBe(2);
    void api;
  });
});

describe("who may act", () => {
  it("answers NOT_FOUND for another farm's product on every procedure, and changes nothing", async () => {
    const api = as(farmer);
    const productId = strangerProductId;
    const calls = [
      () => api.listings.byId({ productId }),
      () => api.listings.update({ productId, version: 1, fields: fields() }),
      () => api.listings.submit({ productId }),
      () => api.listings.archive({ productId }),
      () => api.listings.restore({ productId }),
      () => api.listings.duplicate({ productId }),
      () => api.listings.quickEdit({ productId, stock: 0 }),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await db.shop.findFirstOrThrow({ where: { ownerId: stranger.id } });
    await expect(api.listings.create({ shopId: other.id, fields: fields() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const row = await db.product.findUniqueOrThrow({ where: { id: productId } });
    expect(row).toMatchObject({ listingStatus: "approved", stock: 3, version: 1 });
    expect(await db.product.count({ where: { shopId: other.id } })).toBe(1);
  });

  it("lets an accepted helper edit (audited as helper) and treats a revoked helper as a stranger", async () => {
    const d = await as(farmer).listings.create({ shopId, fields: fields({ title: "Miến dong" }) });
    const saved = await as(helper).listings.update({
      productId: d.productId,
      version: d.version,
      fields: fields({ title: "Miến dong Bình Liêu" }),
    });
    expect(saved.version).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: d.productId, action: "listing.updated" },
    });
    expect(audit).toMatchObject({ actorId: helper.id, actorRole: "helper" });
    expect(audit.data).toMatchObject({ version: 2, changed: ["title"] });

    await expect(as(revoked).listings.byId({ productId: d.productId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      as(revoked).listings.update({
        productId: d.productId,
        version: 2,
        fields: fields({ title: "Bị sửa" }),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as(revoked).listings.create({ shopId, fields: fields() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await db.product.findUniqueOrThrow({ where: { id: d.productId } })).title).toBe(
      "Miến dong Bình Liêu",
    );
  });
});

describe("bad input", () => {
  it.each([
    ["a negative price", { priceVnd: "-1000" }, "Giá bán không được âm"],
    ["a fractional price", { priceVnd: "1500.5" }, "không có phần lẻ"],
    ["a fractional stock", { stock: "2,5" }, "không có phần lẻ"],
    ["a negative stock", { stock: -1 }, "Số lượng còn không được âm"],
    ["a price above 1,000,000,000 ₫", { priceVnd: "1.000.000.001" }, "Giá bán tối đa 1.000.000.000 ₫"],
    ["a 10,000-character title", { title: "a".repeat(10_000) }, "Tên sản phẩm tối đa 120 ký tự"],
    ["a compare-at price below the price", { compareAtPriceVnd: "100000" }, "Giá gốc phải cao hơn giá bán"],
    ["a malformed category", { categorySlug: "<script>" }, "Danh mục không hợp lệ"],
  ])("refuses %s with a Vietnamese message and writes nothing", async (_what, over, message) => {
    const before = await db.product.count({ where: { shopId } });
    await expect(as(farmer).listings.create({ shopId, fields: fields(over) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(message),
    });
    expect(await db.product.count({ where: { shopId } })).toBe(before);
  });

  it("refuses an unknown category and an OCOP certificate valid for more than 36 months, writing nothing", async () => {
    const api = as(farmer);
    const before = await db.product.count({ where: { shopId } });
    await expect(
      api.listings.create({ shopId, fields: fields({ categorySlug: "khong-co-danh-muc-nay" }) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Danh mục không tồn tại, vui lòng chọn lại" });
    await expect(
      api.listings.create({
        shopId,
        fields: fields(),
        ocop: {
          stars: 6,
          decisionNumber: "1",
          issuingAuthority: "UBND",
          issuingLevel: "province",
          signedAt: "2025-01-01",
          expiresAt: "2029-01-01",
        },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("36 tháng") });
    expect(await db.product.count({ where: { shopId } })).toBe(before);
  });

  it("stores markup in every text field as inert text, exactly as typed", async () => {
    const xss = `<img src=x onerror=alert(1)><script>alert("x")</script>`;
    const api = as(farmer);
    const d = await api.listings.create({
      shopId,
      fields: fields({
        title: `${xss} ${uid}`.slice(0, 120),
        description: xss,
        unit: "<b>kg",
        harvestSeason: xss,
        origin: xss,
      }),
    });
    const row = await db.product.findUniqueOrThrow({ where: { id: d.productId } });
    expect(row.description).toBe(xss);
    expect(row.origin).toBe(xss);
    expect(row.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it("refuses a bad edit of an existing listing and leaves it untouched", async () => {
    const api = as(farmer);
    const d = await api.listings.create({ shopId, fields: fields({ title: "Khoai sọ" }) });
    await expect(
      api.listings.update({
        productId: d.productId,
        version: d.version,
        fields: fields({ title: "Khoai", stock: "-3" }),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.listings.quickEdit({ productId: d.productId, priceVnd: "0" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await db.product.findUniqueOrThrow({ where: { id: d.productId } })).toMatchObject({
      title: "Khoai sọ",
      stock: 40,
      priceVnd: 120_000,
      version: 1,
    });
  });
});

describe("duplicating", () => {
  it('creates a draft copy titled "… (bản sao)" with the same photos, leaving the original as it was', async () => {
    const api = as(farmer);
    const d = await api.listings.create({ shopId, fields: fields({ title: "Trà hoa vàng" }) });
    const variants = [
      { width: 320, height: 240, path: "/media/a-320.webp", bytes: 9_000 },
      { width: 1280, height: 960, path: "/media/a-1280.webp", bytes: 90_000 },
    ];
    await db.productImage.createMany({
      data: [
        {
          productId: d.productId,
          position: 0,
          path: "/media/a-1280.webp",
          alt: "Trà hoa vàng",
          width: 1280,
          height: 960,
          variants,
        },
        {
          productId: d.productId,
          position: 1,
          path: "/img/products/tra.svg",
          alt: "Gói trà",
          width: 400,
          height: 300,
        },
      ],
    });
    await approve(d.productId);
    const copy = await api.listings.duplicate({ productId: d.productId });
    expect(copy.productId).not.toBe(d.productId);
    const row = await db.product.findUniqueOrThrow({ where: { id: copy.productId } });
    expect(row).toMatchObject({
      title: "Trà hoa vàng (bản sao)",
      listingStatus: "draft",
      priceVnd: 120_000,
      shopId,
    });
    const photos = (productId: string) =>
      db.productImage.findMany({
        where: { productId },
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          path: true,
          alt: true,
          width: true,
          height: true,
          variants: true,
        },
      });
    const [original, copied] = [await photos(d.productId), await photos(copy.productId)];
    expect(original).toHaveLength(2);
    expect(copied.map(({ id: _, ...img }) => img)).toEqual(original.map(({ id: _, ...img }) => img));
    // New rows: the copy can reorder or drop its photos without touching the original's.
    expect(copied.some((c) => original.some((o) => o.id === c.id))).toBe(false);
    expect((await db.product.findUniqueOrThrow({ where: { id: d.productId } })).listingStatus).toBe(
      "approved",
    );
  });
});
