import { createDb, type PrismaClient } from "@cho-phien/db";
import { OT_CHAO_MAO_SLUG, seedDemo } from "@cho-phien/db/seed";
import { truncateAll } from "@cho-phien/db/test-db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "./root";

/**
 * The catalog on the demo data people actually click through (seedDemo): what buyers type finds the
 * flagship chili, listings still under review stay hidden, and every demo OCOP badge shown is a live one.
 */

let db: PrismaClient;
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  await truncateAll(url);
  db = createDb(url, 4);
  await seedDemo(db);
  caller = createCaller({ db, user: null, headers: new Headers() });
});

afterAll(async () => {
  await db?.$disconnect();
});

describe("catalog on the demo data", () => {
  it.each(["ot chao mao", "ớt chào mao", "ot chao mau", "ớt chào mào".normalize("NFD"), "ỚT CHÀO MÀO"])(
    "finds Ớt chào mào Đại Dực first for %j",
    async (q) => {
      const r = await caller.catalog.search({ q });
      expect(r.items[0]?.slug).toBe(OT_CHAO_MAO_SLUG);
      expect(r.items[0]?.title).toBe("Ớt chào mào Đại Dực");
    },
  );

  it("shows the flagship with its OCOP 3★ decision, Quảng Ninh shop and VND price", async () => {
    const p = await caller.catalog.productBySlug({ slug: OT_CHAO_MAO_SLUG });
    expect(p.ocop?.stars).toBe(3);
    expect(p.ocop?.decisionNumber).toBeTruthy();
    expect(p.shop.provinceName).toBe("Quảng Ninh");
    expect(Number.isInteger(p.priceVnd)).toBe(true);
  });

  it("never lists a demo listing that is not approved", async () => {
    const hidden = await db.product.findMany({
      where: { listingStatus: { not: "approved" } },
      select: { slug: true },
    });
    expect(hidden.length).toBeGreaterThan(0);
    const all = await caller.catalog.search({ pageSize: 60 });
    const pages = [all];
    for (let page = 2; page <= all.pageCount; page++)
      pages.push(await caller.catalog.search({ pageSize: 60, page }));
    const listed = new Set(pages.flatMap((r) => r.items.map((i) => i.slug)));
    for (const { slug } of hidden) {
      expect(listed.has(slug)).toBe(false);
      await expect(caller.catalog.productBySlug({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(listed.size).toBe(
      await db.product.count({ where: { listingStatus: "approved", shop: { active: true } } }),
    );
  });

  it("badges only verified, unexpired certificates on the home page", async () => {
    const home = await caller.catalog.home();
    expect(home.ocopHighlights.length).toBeGreaterThan(0);
    const live = await db.ocopCertificate.findMany({
      where: { status: "verified", expiresAt: { gt: new Date() } },
      select: { product: { select: { slug: true } }, stars: true },
    });
    const liveStars = new Map(live.map((c) => [c.product.slug, c.stars]));
    for (const p of home.ocopHighlights) expect(p.ocopStars).toBe(liveStars.get(p.slug));
    expect(home.categories).toHaveLength(8);
  });
});
