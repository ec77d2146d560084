import { createDb, type PrismaClient } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";

/** reviews.submittedListings: the reviewer's queue with the OCOP claim to check. */

const DAY = 86_400_000;
const uid = Math.random().toString(36).slice(2, 8);
let db: PrismaClient;
let reviewer: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 4);
  reviewer = await createTestUser(db, { role: "reviewer" });
  const owner = await createTestUser(db, { role: "seller" });
  const category = await db.category.create({ data: { slug: `che-${uid}`, name: "Chè", nameEn: "Tea" } });
  const quangNinh = await db.shop.create({
    data: {
      slug: `htx-ba-che-${uid}`,
      name: "HTX Chè hoa vàng Ba Chẽ",
      provinceCode: "22",
      communeName: "Ba Chẽ",
      ownerId: owner.id,
    },
  });
  const laoCai = await db.shop.create({
    data: {
      slug: `vuon-sa-pa-${uid}`,
      name: "Vườn Sa Pa",
      provinceCode: "15",
      communeName: "Sa Pa",
      ownerId: owner.id,
    },
  });
  const product = (shopId: string, slug: string, over: Record<string, unknown>) =>
    db.product.create({
      data: {
        shopId,
        categoryId: category.id,
        slug: `${slug}-${uid}`,
        title: slug,
        unit: "hộp",
        priceVnd: 250_000,
        weightGrams: 200,
        ...over,
      },
    });
  const older = await product(quangNinh.id, "che-hoa-vang", {
    listingStatus: "submitted",
    submittedAt: new Date(Date.now() - 2 * DAY),
  });
  await db.ocopCertificate.create({
    data: {
      productId: older.id,
      stars: 4,
      decisionNumber: "1234/QĐ-UBND",
      issuingAuthority: "UBND tỉnh Quảng Ninh",
      issuingLevel: "province",
      signedAt: new Date(Date.now() - 400 * DAY),
      expiresAt: new Date(Date.now() + 600 * DAY),
      producer: "HTX Chè hoa vàng Ba Chẽ",
    },
  });
  const lapsed = await product(laoCai.id, "tao-meo", {
    listingStatus: "submitted",
    submittedAt: new Date(Date.now() - DAY),
  });
  await db.ocopCertificate.create({
    data: {
      productId: lapsed.id,
      stars: 3,
      decisionNumber: "88/QĐ-UBND",
      issuingAuthority: "UBND huyện Sa Pa",
      issuingLevel: "other",
      signedAt: new Date(Date.now() - 1200 * DAY),
      expiresAt: new Date(Date.now() - 100 * DAY),
    },
  });
  await product(laoCai.id, "mat-ong", { listingStatus: "submitted", submittedAt: new Date() });
  await product(laoCai.id, "nam-huong", { listingStatus: "approved" });
  await product(laoCai.id, "draft", { listingStatus: "draft" });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("reviews.submittedListings", () => {
  it("lists submitted listings only, oldest first, with shop, province and the OCOP claim", async () => {
    const page = await createCaller(contextFor(db, reviewer)).reviews.submittedListings();
    const mine = page.items.filter((i) => i.slug.endsWith(uid));
    expect(mine.map((i) => i.title)).toEqual(["che-hoa-vang", "tao-meo", "mat-ong"]);
    expect(mine[0]).toMatchObject({
      shop: { name: "HTX Chè hoa vàng Ba Chẽ", provinceName: "Quảng Ninh", communeName: "Ba Chẽ" },
      ocop: {
        stars: 4,
        decisionNumber: "1234/QĐ-UBND",
        issuingAuthority: "UBND tỉnh Quảng Ninh",
        status: "pending",
        expired: false,
      },
    });
    expect(mine[1].ocop).toMatchObject({ stars: 3, expired: true });
    expect(mine[2].ocop).toBeNull();
  });

  it("filters by province and refuses an unknown province code", async () => {
    const caller = createCaller(contextFor(db, reviewer));
    const page = await caller.reviews.submittedListings({ province: "15" });
    expect(page.items.every((i) => i.shop.provinceCode === "15")).toBe(true);
    expect(page.items.filter((i) => i.slug.endsWith(uid))).toHaveLength(2);
    await expect(caller.reviews.submittedListings({ province: "99" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Tỉnh/thành không hợp lệ"),
    });
  });
});
