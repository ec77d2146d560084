import { createDb, type PrismaClient } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";

/** shops.mine / listings.mine: a farmer sees their own shops, a ShopHelper the shops they help with. */

let db: PrismaClient;
let farmer: Awaited<ReturnType<typeof createTestUser>>;
let helper: Awaited<ReturnType<typeof createTestUser>>;
let stranger: Awaited<ReturnType<typeof createTestUser>>;
let ownShopId: string;
let helpedShopId: string;
let otherShopId: string;

const uid = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 4);
  farmer = await createTestUser(db, { role: "seller", name: "Bàn Thị Mai" });
  helper = await createTestUser(db, { role: "seller", name: "Tổ công nghệ số thôn Khe Lạc" });
  stranger = await createTestUser(db, { role: "seller", name: "Người bán khác" });
  const category = await db.category.create({
    data: { slug: `gia-vi-${uid}`, name: "Gia vị", nameEn: "Spices" },
  });
  const mk = (ownerId: string, slug: string, name: string) =>
    db.shop.create({
      data: { slug: `${slug}-${uid}`, name, provinceCode: "22", communeName: "Đại Dực", ownerId },
    });
  const own = await mk(farmer.id, "vuon-mai", "Vườn ớt nhà Mai");
  const helped = await mk(stranger.id, "htx-khe-lac", "HTX Khe Lạc");
  const other = await mk(stranger.id, "vuon-khac", "Vườn khác");
  [ownShopId, helpedShopId, otherShopId] = [own.id, helped.id, other.id];
  await db.shopHelper.create({ data: { shopId: helped.id, userId: helper.id, grantedById: stranger.id } });
  // Also make the farmer a helper of the shop the helper helps, to check no duplicates appear.
  const product = (shopId: string, slug: string, over: Record<string, unknown> = {}) =>
    db.product.create({
      data: {
        shopId,
        categoryId: category.id,
        slug: `${slug}-${uid}`,
        title: slug,
        unit: "kg",
        priceVnd: 120_000,
        weightGrams: 1000,
        stock: 5,
        images: {
          create: {
            position: 0,
            path: `/uploads/${slug}-1280.webp`,
            alt: slug,
            width: 1280,
            height: 960,
            variants: [
              { width: 320, height: 240, path: `/uploads/${slug}-320.webp`, bytes: 12_000 },
              { width: 1280, height: 960, path: `/uploads/${slug}-1280.webp`, bytes: 95_000 },
            ],
          },
        },
        ...over,
      },
    });
  await product(own.id, "ot-chao-mao", { listingStatus: "approved", stock: 40 });
  await product(own.id, "ot-say-kho", { listingStatus: "submitted", submittedAt: new Date() });
  await product(own.id, "ot-bot", { listingStatus: "changes_requested", reviewNote: "Thiếu ảnh bao bì" });
  await product(helped.id, "mien-dong", { listingStatus: "draft", images: undefined });
  await product(other.id, "che-hoa-vang", { listingStatus: "approved" });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("shops.mine", () => {
  it("lists the farmer's own shop with counts, and not other people's", async () => {
    const shops = await createCaller(contextFor(db, farmer)).shops.mine();
    expect(shops).toHaveLength(1);
    expect(shops[0]).toMatchObject({
      id: ownShopId,
      relation: "owner",
      provinceName: "Quảng Ninh",
      productCount: 3,
      submittedCount: 1,
      changesRequestedCount: 1,
    });
  });

  it("lists a shop the user helps with (ShopHelper), naming its owner", async () => {
    const shops = await createCaller(contextFor(db, helper)).shops.mine();
    expect(shops.map((s) => [s.id, s.relation, s.ownerName])).toEqual([
      [helpedShopId, "helper", "Người bán khác"],
    ]);
  });
});

describe("listings.mine", () => {
  it("returns only products of managed shops, with status, price, stock and the cover's size and copies", async () => {
    const page = await createCaller(contextFor(db, farmer)).listings.mine();
    expect(page.total).toBe(3);
    expect(page.items.every((p) => p.shop.id === ownShopId)).toBe(true);
    const chili = page.items.find((p) => p.slug.startsWith("ot-chao-mao"))!;
    expect(chili).toMatchObject({
      listingStatus: "approved",
      priceVnd: 120_000,
      stock: 40,
      image: {
        path: "/uploads/ot-chao-mao-1280.webp",
        width: 1280,
        height: 960,
        variants: [
          { width: 320, height: 240, path: "/uploads/ot-chao-mao-320.webp" },
          { width: 1280, height: 960, path: "/uploads/ot-chao-mao-1280.webp" },
        ],
      },
    });
    expect(page.items.find((p) => p.slug.startsWith("ot-bot"))?.reviewNote).toBe("Thiếu ảnh bao bì");
  });

  it("gives a helper the products of the shop they help with", async () => {
    const page = await createCaller(contextFor(db, helper)).listings.mine({});
    expect(page.items.map((p) => p.shop.id)).toEqual([helpedShopId]);
    expect(page.items[0].image).toBeNull();
  });

  it("filters by status and by shop, and a shop the user does not manage matches nothing", async () => {
    const caller = createCaller(contextFor(db, farmer));
    expect((await caller.listings.mine({ status: "submitted" })).total).toBe(1);
    expect((await caller.listings.mine({ shopId: ownShopId })).total).toBe(3);
    expect((await caller.listings.mine({ shopId: otherShopId })).total).toBe(0);
    expect((await caller.listings.mine({ shopId: helpedShopId })).total).toBe(0);
  });

  it("refuses a bad status or page with a Vietnamese validation message", async () => {
    const caller = createCaller(contextFor(db, farmer));
    await expect(caller.listings.mine({ status: "sold" as never })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Trạng thái không hợp lệ"),
    });
    await expect(caller.listings.mine({ page: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
