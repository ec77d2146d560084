import { createHash } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { phoneNumber } from "better-auth/plugins";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../client";
import { truncateAll } from "../test-db";
import {
  BULK_SLUG_PREFIX,
  DAI_DUC_SHOP_SLUG,
  DEMO_ACCOUNTS,
  DEMO_CATEGORIES,
  MAIN_DEMO_ACCOUNTS,
  OT_CHAO_MAO_SLUG,
  seedBulk,
  seedDemo,
} from "./index";

const url = process.env.DATABASE_URL!;
const db = createDb(url, 4);

/** What must not change on a re-run: ids, keys and the values pages show (not updatedAt). */
async function snapshot() {
  const [users, products, certs, photos] = await Promise.all([
    db.user.findMany({ select: { id: true, phoneNumber: true, role: true }, orderBy: { id: "asc" } }),
    db.product.findMany({
      select: {
        id: true,
        slug: true,
        priceVnd: true,
        listingStatus: true,
        createdAt: true,
        approvedAt: true,
        shopId: true,
      },
      orderBy: { slug: "asc" },
    }),
    db.ocopCertificate.findMany({
      select: { id: true, productId: true, stars: true, status: true, signedAt: true, expiresAt: true },
      orderBy: { productId: "asc" },
    }),
    db.productImage.findMany({
      select: { id: true, productId: true, position: true, path: true, alt: true, width: true, height: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { users, products, certs, photos };
}

async function counts() {
  const [users, accounts, categories, shops, helpers, products, certs, photos] = await Promise.all([
    db.user.count(),
    db.account.count(),
    db.category.count(),
    db.shop.count(),
    db.shopHelper.count(),
    db.product.count(),
    db.ocopCertificate.count(),
    db.productImage.count(),
  ]);
  return { users, accounts, categories, shops, helpers, products, certs, photos };
}

beforeAll(async () => {
  await truncateAll(url);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("seedDemo", () => {
  it("seeds once, then leaves the same rows when run again", async () => {
    expect(await seedDemo(db)).toBe(true);
    const first = await counts();
    const rows = await snapshot();
    expect(await seedDemo(db)).toBe(true);
    expect(await counts()).toEqual(first);
    expect(await snapshot()).toEqual(rows);

    expect(first.shops).toBeGreaterThanOrEqual(8);
    expect(first.products).toBeGreaterThanOrEqual(60);
    expect(first.categories).toBe(8);
    expect(first.users).toBe(DEMO_ACCOUNTS.length);
    expect(first.accounts).toBe(DEMO_ACCOUNTS.length);
  });

  it("survives two instances seeding at the same time", async () => {
    const before = await counts();
    await Promise.all([seedDemo(db), seedDemo(db)]);
    expect(await counts()).toEqual(before);
  });

  it("skips with onlyIfEmpty when products exist", async () => {
    const before = await counts();
    expect(await seedDemo(db, { onlyIfEmpty: true })).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("fills all eight categories, each with approved products", async () => {
    const cats = await db.category.findMany({
      orderBy: { sortOrder: "asc" },
      include: { _count: { select: { products: { where: { listingStatus: "approved" } } } } },
    });
    expect(cats.map((c) => c.slug)).toEqual(DEMO_CATEGORIES.map((c) => c.slug));
    for (const c of cats) {
      expect(c.nameEn).not.toBe("");
      expect(c._count.products, c.slug).toBeGreaterThan(0);
    }
  });

  it("lists Ớt chào mào Đại Dực approved with a verified, unexpired 3★ OCOP certificate, in Quảng Ninh", async () => {
    const p = await db.product.findUniqueOrThrow({
      where: { slug: OT_CHAO_MAO_SLUG },
      include: { ocop: true, shop: true, category: true, images: true },
    });
    expect(p.title).toBe("Ớt chào mào Đại Dực");
    expect(p.listingStatus).toBe("approved");
    expect(p.approvedAt).not.toBeNull();
    expect(p.category.slug).toBe("rau-gia-vi");
    expect(p.shop.slug).toBe(DAI_DUC_SHOP_SLUG);
    expect(p.shop.provinceCode).toBe("22");
    expect(p.shop.communeName).toBe("Đại Dực");
    expect(p.images).toMatchObject([
      { position: 0, path: `/img/products/${OT_CHAO_MAO_SLUG}.svg`, alt: p.title, width: 400, height: 300 },
    ]);
    expect(p.ocop).toMatchObject({ stars: 3, status: "verified" });
    expect(p.ocop!.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("gives every demo product its generated picture, and resets a changed one on a re-run", async () => {
    const products = await db.product.count({ where: { slug: { not: { startsWith: BULK_SLUG_PREFIX } } } });
    expect(await db.productImage.count({ where: { position: 0, width: 400, height: 300 } })).toBe(products);
    const p = await db.product.findUniqueOrThrow({ where: { slug: OT_CHAO_MAO_SLUG } });
    const [cover] = await db.productImage.findMany({ where: { productId: p.id } });
    // The id the images migration gives a product's first photo: re-seeding a migrated database updates it.
    expect(cover!.id).toBe(`img_${createHash("md5").update(`${p.id}:1`).digest("hex")}`);
    await db.productImage.update({ where: { id: cover!.id }, data: { path: "/media/doi-1280.webp" } });
    await db.productImage.create({ data: { productId: p.id, position: 1, path: "/media/them-1280.webp" } });
    await seedDemo(db);
    expect(await db.productImage.findMany({ where: { productId: p.id } })).toMatchObject([
      { id: cover!.id, position: 0, path: `/img/products/${OT_CHAO_MAO_SLUG}.svg`, width: 400 },
    ]);
  });

  it("has certificates in every state the badge logic must handle", async () => {
    const now = new Date();
    const certs = await db.ocopCertificate.findMany({ include: { product: true } });
    expect(certs.length).toBeGreaterThanOrEqual(14);
    const showing = certs.filter((c) => c.status === "verified" && c.expiresAt > now);
    const expired = certs.filter((c) => c.status === "verified" && c.expiresAt <= now);
    const pending = certs.filter((c) => c.status === "pending");
    expect(showing.length).toBeGreaterThanOrEqual(12);
    expect(expired).toHaveLength(1);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.product.listingStatus).toBe("submitted");
    expect(showing.some((c) => c.stars === 5)).toBe(true);
    for (const c of certs) {
      // 36 months of validity, to the day.
      const months =
        (c.expiresAt.getUTCFullYear() - c.signedAt.getUTCFullYear()) * 12 +
        (c.expiresAt.getUTCMonth() - c.signedAt.getUTCMonth());
      expect(months).toBe(36);
    }
  });

  it("gives the reviewer and the seller pages listings that are not yet approved", async () => {
    const byStatus = await db.product.groupBy({ by: ["listingStatus"], _count: true });
    const n = Object.fromEntries(byStatus.map((r) => [r.listingStatus, r._count]));
    expect(n.submitted).toBeGreaterThanOrEqual(2);
    expect(n.draft).toBeGreaterThanOrEqual(1);
    expect(n.changes_requested).toBeGreaterThanOrEqual(1);
    const seller = await db.user.findUniqueOrThrow({ where: { phoneNumber: "+84901000002" } });
    const mine = await db.product.findMany({ where: { shop: { ownerId: seller.id } } });
    expect(new Set(mine.map((p) => p.listingStatus))).toEqual(
      new Set(["approved", "submitted", "draft", "changes_requested"]),
    );
  });

  it("creates demo users with their role, a verified phone and a credential account", async () => {
    for (const a of DEMO_ACCOUNTS) {
      const u = await db.user.findUniqueOrThrow({
        where: { phoneNumber: `+84${a.phone.slice(1)}` },
        include: { accounts: true },
      });
      expect(u.role, a.phone).toBe(a.role);
      expect(u.name).toBe(a.name);
      expect(u.phoneNumberVerified).toBe(true);
      expect(u.email).toBe(`84${a.phone.slice(1)}@phone.chophien.vn`);
      expect(u.accounts).toHaveLength(1);
      expect(u.accounts[0]).toMatchObject({ providerId: "credential", accountId: u.id });
      expect(u.accounts[0]!.password).toBeTruthy();
    }
    const helper = await db.shopHelper.findFirstOrThrow({
      include: { shop: true, user: true, grantedBy: true },
    });
    expect(helper.shop.slug).toBe(DAI_DUC_SHOP_SLUG);
    expect(helper.user.phoneNumber).toBe("+84901000005");
    expect(helper.grantedBy.phoneNumber).toBe("+84901000002");
  });

  it("lets every main demo account sign in with phone + password through better-auth", async () => {
    const auth = betterAuth({
      secret: "test-secret-at-least-32-characters-long!!",
      baseURL: "http://localhost:3000",
      database: prismaAdapter(db, { provider: "postgresql" }),
      emailAndPassword: { enabled: true },
      plugins: [phoneNumber()],
      logger: { disabled: true },
    });
    for (const a of MAIN_DEMO_ACCOUNTS) {
      const res = await auth.api.signInPhoneNumber({
        body: { phoneNumber: `+84${a.phone.slice(1)}`, password: a.password },
      });
      expect(res.token, a.phone).toBeTruthy();
    }
    await expect(
      auth.api.signInPhoneNumber({ body: { phoneNumber: "+84901000001", password: "wrong-password" } }),
    ).rejects.toThrow();
  });
});

describe("seedBulk", () => {
  it("adds exactly N approved bulk products with unique slugs, each call", async () => {
    const before = await db.product.count();
    const r = await seedBulk(db, { products: 1000, chunkSize: 300 });
    expect(r.products).toBe(1000);
    expect(await db.product.count()).toBe(before + 1000);
    const bulk = await db.product.findMany({ where: { slug: { startsWith: BULK_SLUG_PREFIX } } });
    expect(bulk).toHaveLength(1000);
    expect(bulk.every((p) => p.listingStatus === "approved" && p.approvedAt && p.priceVnd > 0)).toBe(true);
    expect(new Set(bulk.map((p) => p.title)).size).toBeGreaterThan(500);
    // Titles carry Vietnamese diacritics, and the generated search column strips them.
    expect(bulk.some((p) => /[ăâđêôơưạảãáàặẩấầọỏõóòộổốồợởỡớờụủũúùựửữứừ]/i.test(p.title))).toBe(true);
    const [{ accented }] = await db.$queryRawUnsafe<{ accented: number }[]>(
      `SELECT count(*)::int AS accented FROM "Product" WHERE slug LIKE 'bulk-%' AND "searchText" ~ '[^ -~]'`,
    );
    expect(accented).toBe(0);

    await seedBulk(db, { products: 1000 });
    expect(await db.product.count({ where: { slug: { startsWith: BULK_SLUG_PREFIX } } })).toBe(2000);
  });

  it("gives every bulk product one cover photo: its category's picture, sized, described by the title", async () => {
    const [row] = await db.$queryRawUnsafe<{ products: number; covers: number; wrong: number }[]>(
      `SELECT count(DISTINCT p.id)::int AS products, count(i.id)::int AS covers,
              count(*) FILTER (WHERE i.id IS NULL OR i.position <> 0 OR i.width <> 400 OR i.height <> 300
                                 OR i.alt <> p.title OR i.path <> '/img/categories/' || c.slug || '.svg')::int AS wrong
         FROM "Product" p
         JOIN "Category" c ON c.id = p."categoryId"
         LEFT JOIN "ProductImage" i ON i."productId" = p.id
        WHERE p.slug LIKE 'bulk-%'`,
    );
    expect(row).toEqual({ products: 2000, covers: 2000, wrong: 0 });
  });

  it("spreads bulk products over ~60 extra shops covering all 34 provinces, some with OCOP certificates", async () => {
    const provinces = await db.shop.groupBy({ by: ["provinceCode"] });
    expect(provinces).toHaveLength(34);
    expect(await db.shop.count({ where: { slug: { startsWith: BULK_SLUG_PREFIX } } })).toBeGreaterThanOrEqual(
      50,
    );
    const bulkCerts = await db.ocopCertificate.count({
      where: { product: { slug: { startsWith: BULK_SLUG_PREFIX } } },
    });
    expect(bulkCerts).toBeGreaterThan(20);
  });

  it("leaves the demo data intact, so seedDemo afterwards still changes nothing", async () => {
    const before = await counts();
    await seedDemo(db);
    expect(await counts()).toEqual(before);
  });
});
