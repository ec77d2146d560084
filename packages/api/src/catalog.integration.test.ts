import { createDb, type PrismaClient } from "@cho-phien/db";
import { truncateAll } from "@cho-phien/db/test-db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "./root";
import { isPublicSlug } from "./services/catalog/is-public-slug";

/**
 * The buyer-facing catalog against a real database: search (diacritics, typos, hostile input), the
 * approved-only rule on every read path, filters/sort/pagination, and the OCOP badge's expiry.
 */

let db: PrismaClient;
let caller: ReturnType<typeof createCaller>;

const DAY = 24 * 60 * 60 * 1000;
const FLAGSHIP = "Ớt chào mào Đại Dực";

async function expectTrpcError(p: Promise<unknown>, code: TRPCError["code"]): Promise<TRPCError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TRPCError);
  expect((e as TRPCError).code).toBe(code);
  return e as TRPCError;
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  await truncateAll(url);
  db = createDb(url, 4);
  caller = createCaller({ db, user: null, headers: new Headers() });

  const owner = await db.user.create({
    data: { id: "u-farmer", name: "Bàn Thị Mai", email: "mai@example.vn", role: "seller" },
  });
  const [spice, tea, honey] = await Promise.all([
    db.category.create({
      data: { slug: "rau-gia-vi", name: "Rau & gia vị", nameEn: "Vegetables & spices", sortOrder: 1 },
    }),
    db.category.create({ data: { slug: "che", name: "Chè", nameEn: "Tea", sortOrder: 2 } }),
    db.category.create({ data: { slug: "mat-ong", name: "Mật ong", nameEn: "Honey", sortOrder: 3 } }),
  ]);
  const daiDuc = await db.shop.create({
    data: {
      slug: "htx-dai-duc",
      name: "HTX Nông sản Đại Dực",
      provinceCode: "22",
      communeName: "Đại Dực",
      ownerId: owner.id,
    },
  });
  const daLat = await db.shop.create({
    data: {
      slug: "vuon-lam-dong",
      name: "Vườn chè Lâm Đồng",
      provinceCode: "68",
      communeName: "Bảo Lộc",
      ownerId: owner.id,
    },
  });
  const closed = await db.shop.create({
    data: {
      slug: "gian-hang-dong-cua",
      name: "Gian hàng đã đóng",
      provinceCode: "22",
      communeName: "Hà Lâu",
      ownerId: owner.id,
      active: false,
    },
  });

  const t0 = Date.now() - 30 * DAY;
  let n = 0;
  const product = (
    slug: string,
    title: string,
    shopId: string,
    categoryId: string,
    priceVnd: number,
    extra: Record<string, unknown> = {},
  ) =>
    db.product.create({
      data: {
        slug,
        title,
        shopId,
        categoryId,
        priceVnd,
        unit: "kg",
        weightGrams: 1000,
        stock: 10,
        images: {
          create: { position: 0, path: `/img/products/${slug}.svg`, alt: title, width: 400, height: 300 },
        },
        listingStatus: "approved",
        createdAt: new Date(t0 + ++n * DAY),
        ...extra,
      },
    });

  const chili = await product("ot-chao-mao-dai-duc", FLAGSHIP, daiDuc.id, spice.id, 50_000, {
    origin: "Đại Dực, Tiên Yên, Quảng Ninh",
    harvestSeason: "Tháng 6 – tháng 10",
    description: "Ớt nhỏ, cay nồng, trồng trên nương.",
  });
  // Two uploaded photos after the cover, written out of order: pages must follow `position`.
  await db.productImage.createMany({
    data: [
      {
        productId: chili.id,
        position: 2,
        path: "/media/b-1280.webp",
        alt: "Ớt phơi",
        width: 1280,
        height: 960,
      },
      {
        productId: chili.id,
        position: 1,
        path: "/media/a-1280.webp",
        alt: "Ớt chín đỏ trên cây",
        width: 1280,
        height: 853,
        // Listed largest first on purpose: readers hand them out smallest first.
        variants: [
          { width: 1280, height: 853, path: "/media/a-1280.webp", bytes: 98_000 },
          { width: 320, height: 213, path: "/media/a-320.webp", bytes: 11_000 },
          { width: 640, height: 427, path: "/media/a-640.webp", bytes: 34_000 },
        ],
      },
    ],
  });
  await db.ocopCertificate.create({
    data: {
      productId: chili.id,
      stars: 3,
      decisionNumber: "1234/QĐ-UBND",
      issuingAuthority: "UBND huyện Tiên Yên",
      issuingLevel: "other",
      signedAt: new Date(Date.now() - 200 * DAY),
      expiresAt: new Date(Date.now() + 800 * DAY),
      status: "verified",
    },
  });
  const tea4 = await product("che-hoa-vang-ba-che", "Chè hoa vàng Ba Chẽ", daiDuc.id, tea.id, 300_000, {
    unit: "hộp",
  });
  await db.ocopCertificate.create({
    data: {
      productId: tea4.id,
      stars: 4,
      decisionNumber: "88/QĐ-UBND",
      issuingAuthority: "UBND tỉnh Quảng Ninh",
      issuingLevel: "province",
      signedAt: new Date(Date.now() - 100 * DAY),
      expiresAt: new Date(Date.now() + 900 * DAY),
      status: "verified",
    },
  });
  const expired = await product(
    "mat-ong-rung-het-han",
    "Mật ong rừng Tiên Yên",
    daiDuc.id,
    honey.id,
    250_000,
    { stock: 0 },
  );
  await db.ocopCertificate.create({
    data: {
      productId: expired.id,
      stars: 5,
      decisionNumber: "1/QĐ-BNN",
      issuingAuthority: "Bộ Nông nghiệp và Môi trường",
      issuingLevel: "central",
      signedAt: new Date(Date.now() - 1200 * DAY),
      expiresAt: new Date(Date.now() - DAY),
      status: "verified",
    },
  });
  const pending = await product("che-xanh-bao-loc", "Chè xanh Bảo Lộc", daLat.id, tea.id, 120_000);
  await db.ocopCertificate.create({
    data: {
      productId: pending.id,
      stars: 4,
      decisionNumber: "77/QĐ-UBND",
      issuingAuthority: "UBND tỉnh Lâm Đồng",
      issuingLevel: "province",
      signedAt: new Date(Date.now() - 10 * DAY),
      expiresAt: new Date(Date.now() + 1000 * DAY),
      status: "pending",
    },
  });
  await product("ot-xiem-lam-dong", "Ớt xiêm xanh", daLat.id, spice.id, 80_000);
  await product("gung-gio-dai-duc", "Gừng gió Đại Dực", daiDuc.id, spice.id, 40_000);
  // Named like a tea-growing place, but honey: "che" must still rank the teas first.
  await product("mat-ong-rung-ba-che", "Mật ong rừng Ba Chẽ", daiDuc.id, honey.id, 260_000);
  // Special characters stored in a title, to prove they are matched literally.
  await product("mat-ong-100-phan-tram", "Mật ong 100% nguyên chất", daLat.id, honey.id, 200_000);

  // Listings that must never be shown to buyers.
  await product("ot-chao-mao-ban-nhap", "Ớt chào mào bản nháp", daiDuc.id, spice.id, 45_000, {
    listingStatus: "draft",
  });
  await product("ot-chao-mao-cho-duyet", "Ớt chào mào chờ duyệt", daiDuc.id, spice.id, 46_000, {
    listingStatus: "submitted",
  });
  await product("ot-chao-mao-bi-tu-choi", "Ớt chào mào bị từ chối", daiDuc.id, spice.id, 47_000, {
    listingStatus: "rejected",
  });
  await product("ot-chao-mao-luu-tru", "Ớt chào mào lưu trữ", daiDuc.id, spice.id, 48_000, {
    listingStatus: "archived",
  });
  await product("ot-chao-mao-shop-dong", "Ớt chào mào gian hàng đóng", closed.id, spice.id, 49_000);
});

afterAll(async () => {
  await db?.$disconnect();
});

const HIDDEN = [
  "ot-chao-mao-ban-nhap",
  "ot-chao-mao-cho-duyet",
  "ot-chao-mao-bi-tu-choi",
  "ot-chao-mao-luu-tru",
  "ot-chao-mao-shop-dong",
];

describe("catalog.search — what buyers type", () => {
  it.each([
    ["without diacritics", "ot chao mao"],
    ["with partial diacritics", "ớt chào mao"],
    ["with a typo", "ot chao mau"],
    ["in NFD (decomposed) form", "ớt chào mào".normalize("NFD")],
    ["in upper case", "ỚT CHÀO MÀO"],
    ["with đ typed as d", "dai duc ot"],
  ])("finds the flagship chili %s", async (_label, q) => {
    const r = await caller.catalog.search({ q });
    expect(r.items.map((i) => i.title)).toContain(FLAGSHIP);
    expect(r.items[0].title).toBe(FLAGSHIP);
  });

  it("ranks the aisle the query names first: 'che' gives teas before honey from Ba Chẽ", async () => {
    const r = await caller.catalog.search({ q: "che" });
    expect(r.items.map((i) => i.slug)).toContain("mat-ong-rung-ba-che");
    expect(r.items.slice(0, 2).map((i) => i.categorySlug)).toEqual(["che", "che"]);
  });

  it("ranks a title match above a product that only comes from that place", async () => {
    // The chili's origin is "Đại Dực, Tiên Yên, Quảng Ninh"; the honey is named after Tiên Yên.
    const r = await caller.catalog.search({ q: "tien yen" });
    expect(r.items.map((i) => i.slug)).toContain("ot-chao-mao-dai-duc");
    expect(r.items[0].slug).toBe("mat-ong-rung-het-han");
  });

  it("returns a product card with price, shop, province and an active OCOP badge", async () => {
    const r = await caller.catalog.search({ q: "ot chao mao" });
    expect(r.items[0]).toMatchObject({
      slug: "ot-chao-mao-dai-duc",
      priceVnd: 50_000,
      inStock: true,
      shopSlug: "htx-dai-duc",
      provinceName: "Quảng Ninh",
      ocopStars: 3,
    });
  });

  it("never shows draft, submitted, rejected, archived listings or closed shops", async () => {
    const r = await caller.catalog.search({ q: "ot chao mao", pageSize: 60 });
    const slugs = r.items.map((i) => i.slug);
    for (const hidden of HIDDEN) expect(slugs).not.toContain(hidden);
    const all = await caller.catalog.search({ pageSize: 60 });
    expect(all.total).toBe(8);
    for (const hidden of HIDDEN) expect(all.items.map((i) => i.slug)).not.toContain(hidden);
  });

  it.each(["%", "_", "'", "\\", "🌶️", "ớt' OR 1=1 --", "%%__\\'", "100%", "😀 ot chao mao"])(
    "treats %j as plain text (no error, no wildcard)",
    async (q) => {
      const r = await caller.catalog.search({ q });
      expect(Array.isArray(r.items)).toBe(true);
      // A bare wildcard must not list the whole catalog.
      if (q === "%" || q === "_" || q === "%%__\\'") expect(r.total).toBe(0);
    },
  );

  it("matches a literal % in a title", async () => {
    const r = await caller.catalog.search({ q: "mat ong 100%" });
    expect(r.items[0]?.slug).toBe("mat-ong-100-phan-tram");
  });

  it("rejects a 10,000-character query with a Vietnamese BAD_REQUEST", async () => {
    const e = await expectTrpcError(caller.catalog.search({ q: "ớt ".repeat(3334) }), "BAD_REQUEST");
    expect(e.message).toContain("Từ khóa tối đa 200 ký tự");
  });

  it("rejects bad filters with BAD_REQUEST, not a server error", async () => {
    await expectTrpcError(caller.catalog.search({ province: "99" }), "BAD_REQUEST");
    await expectTrpcError(caller.catalog.search({ ocopStars: 2 }), "BAD_REQUEST");
    await expectTrpcError(caller.catalog.search({ minPrice: 500, maxPrice: 100 }), "BAD_REQUEST");
    await expectTrpcError(caller.catalog.search({ category: "Rau Gia Vị" }), "BAD_REQUEST");
    await expectTrpcError(caller.catalog.search({ page: 0 }), "BAD_REQUEST");
  });
});

describe("catalog.search — filters, sort and pagination", () => {
  it("filters by category", async () => {
    const r = await caller.catalog.search({ category: "rau-gia-vi" });
    expect(r.items.map((i) => i.slug).sort()).toEqual([
      "gung-gio-dai-duc",
      "ot-chao-mao-dai-duc",
      "ot-xiem-lam-dong",
    ]);
  });

  it("filters by province (34-unit code)", async () => {
    const r = await caller.catalog.search({ province: "68" });
    expect(r.items.every((i) => i.provinceName === "Lâm Đồng")).toBe(true);
    expect(r.total).toBe(3);
  });

  it("filters by minimum OCOP stars, counting only verified unexpired certificates", async () => {
    const three = await caller.catalog.search({ ocopStars: 3 });
    expect(three.items.map((i) => i.slug).sort()).toEqual(["che-hoa-vang-ba-che", "ot-chao-mao-dai-duc"]);
    const four = await caller.catalog.search({ ocopStars: 4 });
    expect(four.items.map((i) => i.slug)).toEqual(["che-hoa-vang-ba-che"]);
    // The expired 5★ certificate does not count.
    const five = await caller.catalog.search({ ocopStars: 5 });
    expect(five.total).toBe(0);
  });

  it("filters by price range, accepting prices typed with thousands separators", async () => {
    const r = await caller.catalog.search({ minPrice: "50.000", maxPrice: "120,000" });
    expect(r.items.map((i) => i.priceVnd).sort((a, b) => a - b)).toEqual([50_000, 80_000, 120_000]);
  });

  it("sorts by price ascending and descending, and by newest", async () => {
    const asc = await caller.catalog.search({ sort: "price_asc" });
    const prices = asc.items.map((i) => i.priceVnd);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const desc = await caller.catalog.search({ sort: "price_desc" });
    expect(desc.items.map((i) => i.priceVnd)).toEqual([...prices].reverse());
    const newest = await caller.catalog.search({ sort: "newest" });
    expect(newest.items[0].slug).toBe("mat-ong-100-phan-tram");
  });

  it("paginates without overlap and reports the page count", async () => {
    const p1 = await caller.catalog.search({ sort: "price_asc", pageSize: 3, page: 1 });
    const p2 = await caller.catalog.search({ sort: "price_asc", pageSize: 3, page: 2 });
    const p3 = await caller.catalog.search({ sort: "price_asc", pageSize: 3, page: 3 });
    expect(p1.total).toBe(8);
    expect(p1.pageCount).toBe(3);
    expect([p1, p2, p3].map((p) => p.items.length)).toEqual([3, 3, 2]);
    const seen = new Set([...p1.items, ...p2.items, ...p3.items].map((i) => i.slug));
    expect(seen.size).toBe(8);
  });

  it("keeps the true total on a page past the end", async () => {
    const r = await caller.catalog.search({ pageSize: 3, page: 9 });
    expect(r.items).toEqual([]);
    expect(r.total).toBe(8);
    expect(r.pageCount).toBe(3);
  });
});

describe("catalog.productBySlug", () => {
  it("returns the full product with its active OCOP certificate", async () => {
    const p = await caller.catalog.productBySlug({ slug: "ot-chao-mao-dai-duc" });
    expect(p).toMatchObject({
      title: FLAGSHIP,
      priceVnd: 50_000,
      unit: "kg",
      inStock: true,
      origin: "Đại Dực, Tiên Yên, Quảng Ninh",
      harvestSeason: "Tháng 6 – tháng 10",
      shop: { slug: "htx-dai-duc", provinceName: "Quảng Ninh", communeName: "Đại Dực" },
      category: { slug: "rau-gia-vi" },
      ocop: { stars: 3, decisionNumber: "1234/QĐ-UBND" },
    });
    expect(p.moreFromShop.map((m) => m.slug)).not.toContain("ot-chao-mao-dai-duc");
    for (const hidden of HIDDEN) expect(p.moreFromShop.map((m) => m.slug)).not.toContain(hidden);
  });

  it("returns every photo in the farm's order, with its description, size and copies", async () => {
    const p = await caller.catalog.productBySlug({ slug: "ot-chao-mao-dai-duc" });
    expect(p.images).toEqual([
      { path: "/img/products/ot-chao-mao-dai-duc.svg", alt: FLAGSHIP, width: 400, height: 300, variants: [] },
      {
        path: "/media/a-1280.webp",
        alt: "Ớt chín đỏ trên cây",
        width: 1280,
        height: 853,
        variants: [
          { width: 320, height: 213, path: "/media/a-320.webp" },
          { width: 640, height: 427, path: "/media/a-640.webp" },
          { width: 1280, height: 853, path: "/media/a-1280.webp" },
        ],
      },
      { path: "/media/b-1280.webp", alt: "Ớt phơi", width: 1280, height: 960, variants: [] },
    ]);
  });

  it("drops the badge of an expired certificate", async () => {
    const p = await caller.catalog.productBySlug({ slug: "mat-ong-rung-het-han" });
    expect(p.ocop).toBeNull();
    expect(p.inStock).toBe(false);
    const card = (await caller.catalog.search({ q: "mat ong rung" })).items.find(
      (i) => i.slug === "mat-ong-rung-het-han",
    );
    expect(card?.ocopStars).toBeNull();
  });

  it("shows no badge for a certificate still pending review", async () => {
    const p = await caller.catalog.productBySlug({ slug: "che-xanh-bao-loc" });
    expect(p.ocop).toBeNull();
  });

  it.each(HIDDEN)("answers NOT_FOUND for the hidden listing %s", async (slug) => {
    await expectTrpcError(caller.catalog.productBySlug({ slug }), "NOT_FOUND");
  });

  it("answers NOT_FOUND for an unknown slug, BAD_REQUEST for a malformed one", async () => {
    const e = await expectTrpcError(
      caller.catalog.productBySlug({ slug: "khong-co-san-pham-nay" }),
      "NOT_FOUND",
    );
    expect(e.message).toBe("Không tìm thấy sản phẩm này");
    await expectTrpcError(caller.catalog.productBySlug({ slug: "Ớt'; DROP TABLE" }), "BAD_REQUEST");
  });
});

describe("cover photos on product cards", () => {
  const cover = {
    path: "/media/xiem-1280.webp",
    width: 1280,
    height: 960,
    variants: [
      { width: 320, height: 240, path: "/media/xiem-320.webp" },
      { width: 640, height: 480, path: "/media/xiem-640.webp" },
      { width: 1280, height: 960, path: "/media/xiem-1280.webp" },
    ],
  };
  beforeAll(async () => {
    const p = await db.product.findUniqueOrThrow({ where: { slug: "ot-xiem-lam-dong" } });
    await db.productImage.deleteMany({ where: { productId: p.id } });
    // The second photo is written first: the card must still pick position 0.
    await db.productImage.create({
      data: { productId: p.id, position: 1, path: "/media/khac-1280.webp", width: 1280, height: 720 },
    });
    await db.productImage.create({
      data: {
        productId: p.id,
        position: 0,
        path: cover.path,
        width: cover.width,
        height: cover.height,
        variants: cover.variants.map((v) => ({ ...v, bytes: v.width * 40 })).reverse(),
      },
    });
  });

  it("gives every listing's cards the cover with its size and copies, smallest first", async () => {
    const pick = (items: { slug: string; image: unknown }[]) =>
      items.find((i) => i.slug === "ot-xiem-lam-dong")?.image;
    // Each shape of the search SQL: relevance, a text query sorted by price, plain, filtered, shop.
    expect(pick((await caller.catalog.search({ q: "ot xiem" })).items)).toEqual(cover);
    expect(pick((await caller.catalog.search({ q: "ot", sort: "price_asc" })).items)).toEqual(cover);
    expect(pick((await caller.catalog.search({ pageSize: 48 })).items)).toEqual(cover);
    expect(pick((await caller.catalog.search({ province: "68", sort: "price_desc" })).items)).toEqual(cover);
    expect(pick((await caller.shops.bySlug({ slug: "vuon-lam-dong" })).products.items)).toEqual(cover);
  });

  it("gives the generated picture's size to a cover without copies, and null without any photo", async () => {
    const r = await caller.catalog.search({ q: "gung gio" });
    expect(r.items[0]?.image).toEqual({
      path: "/img/products/gung-gio-dai-duc.svg",
      width: 400,
      height: 300,
      variants: [],
    });
    const p = await db.product.findUniqueOrThrow({ where: { slug: "mat-ong-100-phan-tram" } });
    const rows = await db.productImage.findMany({ where: { productId: p.id } });
    await db.productImage.deleteMany({ where: { productId: p.id } });
    try {
      const home = await caller.catalog.home();
      expect(home.newArrivals.find((i) => i.slug === "mat-ong-100-phan-tram")?.image).toBeNull();
    } finally {
      // Put back as they were (their variants were the default, empty list).
      await db.productImage.createMany({ data: rows.map(({ variants: _, ...r }) => r) });
    }
  });
});

describe("catalog.home, categories, categoryBySlug", () => {
  it("lists categories in order with approved-listing counts", async () => {
    const cats = await caller.catalog.categories();
    expect(cats.map((c) => c.slug)).toEqual(["rau-gia-vi", "che", "mat-ong"]);
    expect(cats.find((c) => c.slug === "rau-gia-vi")?.productCount).toBe(3);
  });

  it("shows only active OCOP products as highlights, most stars first, and approved new arrivals", async () => {
    const home = await caller.catalog.home();
    expect(home.ocopHighlights.map((p) => p.slug)).toEqual(["che-hoa-vang-ba-che", "ot-chao-mao-dai-duc"]);
    expect(home.newArrivals[0].slug).toBe("mat-ong-100-phan-tram");
    for (const hidden of HIDDEN) expect(home.newArrivals.map((p) => p.slug)).not.toContain(hidden);
    expect(home.categories).toHaveLength(3);
  });

  it("finds a category by slug, and NOT_FOUND otherwise", async () => {
    const c = await caller.catalog.categoryBySlug({ slug: "che" });
    expect(c).toMatchObject({ name: "Chè", nameEn: "Tea", productCount: 2 });
    await expectTrpcError(caller.catalog.categoryBySlug({ slug: "khong-ton-tai" }), "NOT_FOUND");
  });
});

describe("shops.bySlug", () => {
  it("returns the shop with its approved products only", async () => {
    const s = await caller.shops.bySlug({ slug: "htx-dai-duc" });
    expect(s).toMatchObject({ name: "HTX Nông sản Đại Dực", provinceName: "Quảng Ninh" });
    expect(s.products.items.map((p) => p.slug).sort()).toEqual([
      "che-hoa-vang-ba-che",
      "gung-gio-dai-duc",
      "mat-ong-rung-ba-che",
      "mat-ong-rung-het-han",
      "ot-chao-mao-dai-duc",
    ]);
    expect(s).not.toHaveProperty("ownerId");
  });

  it("answers NOT_FOUND for an unknown or closed shop", async () => {
    await expectTrpcError(caller.shops.bySlug({ slug: "khong-co-gian-hang" }), "NOT_FOUND");
    await expectTrpcError(caller.shops.bySlug({ slug: "gian-hang-dong-cua" }), "NOT_FOUND");
  });
});

describe("isPublicSlug (the storefront proxy's 404 check)", () => {
  it("agrees with the pages: approved listings of open shops, open shops, any category", async () => {
    expect(await isPublicSlug(db, "product", "ot-chao-mao-dai-duc")).toBe(true);
    for (const hidden of HIDDEN) expect(await isPublicSlug(db, "product", hidden)).toBe(false);
    expect(await isPublicSlug(db, "shop", "htx-dai-duc")).toBe(true);
    expect(await isPublicSlug(db, "shop", "gian-hang-dong-cua")).toBe(false);
    expect(await isPublicSlug(db, "category", "che")).toBe(true);
    expect(await isPublicSlug(db, "category", "khong-ton-tai")).toBe(false);
  });

  it("answers false for malformed slugs without querying", async () => {
    expect(await isPublicSlug(db, "product", 'Ớt\'; DROP TABLE "Product" --')).toBe(false);
    expect(await isPublicSlug(db, "product", "x".repeat(10_000))).toBe(false);
  });
});

describe("catalog.search — a broad word with many matches", () => {
  const N = 230;
  beforeAll(async () => {
    const shop = await db.shop.findUniqueOrThrow({ where: { slug: "htx-dai-duc" } });
    const meat = await db.category.create({
      data: { slug: "thit-gia-cam", name: "Thịt & gia cầm", nameEn: "Meat & poultry", sortOrder: 4 },
    });
    await db.product.createMany({
      data: Array.from({ length: N }, (_, i) => ({
        slug: `ga-doi-${i}`,
        title: `Gà đồi thả vườn số ${i}`,
        shopId: shop.id,
        categoryId: meat.id,
        // Prices deliberately not in insertion order.
        priceVnd: 100_000 + ((i * 7919) % N) * 1000,
        unit: "con",
        weightGrams: 1500,
        stock: 5,
        listingStatus: "approved" as const,
      })),
    });
  });

  it("counts every exact-word match, ranks a first page and pages on without overlap", async () => {
    const p1 = await caller.catalog.search({ q: "ga doi", pageSize: 24 });
    expect(p1.items).toHaveLength(24);
    // Fewer exact matches than the search collects (MATCH_CAP = 1,000): the total is exact, not "more than".
    expect(p1.total).toBe(N);
    expect(p1.totalIsCapped).toBe(false);
    expect(p1.pageCount).toBe(Math.ceil(N / 24));
    const p2 = await caller.catalog.search({ q: "ga doi", pageSize: 24, page: 2 });
    expect(p2.items).toHaveLength(24);
    const one = new Set(p1.items.map((i) => i.id));
    expect(p2.items.some((i) => one.has(i.id))).toBe(false);
  });

  it("sorts every match by price, not just a sample (cheapest and dearest are the true ones)", async () => {
    const asc = await caller.catalog.search({ q: "ga doi", sort: "price_asc", pageSize: 5 });
    expect(asc.items.map((i) => i.priceVnd)).toEqual([100_000, 101_000, 102_000, 103_000, 104_000]);
    const desc = await caller.catalog.search({ q: "ga doi", sort: "price_desc", pageSize: 2 });
    expect(desc.items.map((i) => i.priceVnd)).toEqual([100_000 + (N - 1) * 1000, 100_000 + (N - 2) * 1000]);
    expect(asc.total).toBe(N);
  });

  it("counts a narrow query exactly", async () => {
    const r = await caller.catalog.search({ q: "ot chao mao" });
    expect(r.totalIsCapped).toBe(false);
    expect(r.total).toBe(r.items.length);
  });

  it("caps plain listings at 1,000 only beyond 1,000 (exact below)", async () => {
    const r = await caller.catalog.search({ category: "thit-gia-cam" });
    expect(r.total).toBe(N);
    expect(r.totalIsCapped).toBe(false);
    expect(r.pageCount).toBe(Math.ceil(N / 24));
  });
});

describe("catalog.search — exact words first, trigram only for typos", () => {
  // More exact matches than the search collects (MATCH_CAP = 1,000 in search-sql.ts): the dense branches
  // (nearest by trigram distance for relevance, the price/date index walk for sorts) must still be right.
  const M = 1100;
  beforeAll(async () => {
    const shop = await db.shop.findUniqueOrThrow({ where: { slug: "htx-dai-duc" } });
    const spice = await db.category.findUniqueOrThrow({ where: { slug: "rau-gia-vi" } });
    await db.product.createMany({
      data: Array.from({ length: M }, (_, i) => ({
        slug: `sa-cay-${i}`,
        title: `Sả cây Vân Đình lô ${i}`,
        shopId: shop.id,
        categoryId: spice.id,
        priceVnd: 10_000 + ((i * 7919) % M) * 10,
        unit: "bó",
        weightGrams: 500,
        stock: 5,
        listingStatus: "approved" as const,
      })),
    });
  });

  it("finds a word typed exactly, with or without its tones", async () => {
    for (const q of ["gừng gió", "gung gio", "GỪNG GIÓ".normalize("NFD")]) {
      const r = await caller.catalog.search({ q });
      expect(r.items[0]?.slug).toBe("gung-gio-dai-duc");
      expect(r.total).toBe(1);
    }
  });

  it("falls back to trigram matching for a typo in one word or a lone mistyped word", async () => {
    for (const q of ["ot chao mau", "gung gioo", "gungg", "mat ong rungg"]) {
      const r = await caller.catalog.search({ q });
      expect(r.items.length, q).toBeGreaterThan(0);
    }
    expect((await caller.catalog.search({ q: "gung gioo" })).items[0]?.slug).toBe("gung-gio-dai-duc");
    expect((await caller.catalog.search({ q: "gioo gung", sort: "price_asc" })).items[0]?.slug).toBe(
      "gung-gio-dai-duc",
    );
  });

  it("finds nothing (no fuzzy guess) when real words match nothing under the filters", async () => {
    const r = await caller.catalog.search({ q: "gung gio", category: "che" });
    expect(r.items).toEqual([]);
    expect(r.total).toBe(0);
  });

  it("ranks and sorts more exact matches than it collects", async () => {
    const rel = await caller.catalog.search({ q: "sa cay", pageSize: 24 });
    expect(rel.items).toHaveLength(24);
    expect(rel.totalIsCapped).toBe(true);
    expect(rel.items.every((i) => i.slug.startsWith("sa-cay-"))).toBe(true);
    const asc = await caller.catalog.search({ q: "sả cây", sort: "price_asc", pageSize: 3 });
    expect(asc.items.map((i) => i.priceVnd)).toEqual([10_000, 10_010, 10_020]);
    expect(asc.totalIsCapped).toBe(true);
    const desc = await caller.catalog.search({ q: "sa cay", sort: "price_desc", pageSize: 1, page: 2 });
    expect(desc.items.map((i) => i.priceVnd)).toEqual([10_000 + (M - 2) * 10]);
  });
});
