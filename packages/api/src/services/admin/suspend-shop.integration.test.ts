import { randomUUID } from "node:crypto";
import type { SessionUser } from "@cho-phien/auth";
import type { Db } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";
import { createShop, createUser, placeTestCheckout, testDb } from "../../test/payments-fixtures";

/**
 * Suspending a shop takes its listings off every storefront surface at once (catalog search, category, product
 * and shop pages, all reading publicProductWhere), while its running orders go on; reinstating brings them
 * back. Both need a reason and are audited.
 */

const db: Db = testDb();
let admin: SessionUser;
let api: ReturnType<typeof createCaller>;
const anonymous = () => createCaller(contextFor(db, null));
const REASON = "Bán sản phẩm không đúng mô tả, nhiều người mua phản ánh";

beforeAll(async () => {
  admin = await createTestUser(db, { role: "admin" });
  api = createCaller(contextFor(db, admin));
});
afterAll(async () => {
  await db.$disconnect();
});

/** A farm with one approved listing in a category of its own (so counts are exact). */
async function farm() {
  const uid = randomUUID().slice(0, 8);
  const owner = await createUser(db, { role: "seller", name: "Giàng A Tủa" });
  const shop = await createShop(db, owner.id, `Chè Shan Tuyết ${uid}`);
  const category = await db.category.create({ data: { slug: `che-${uid}`, name: "Chè", nameEn: "Tea" } });
  const product = await db.product.create({
    data: {
      shopId: shop.id,
      categoryId: category.id,
      slug: `che-shan-tuyet-${uid}`,
      title: `Chè Shan Tuyết cổ thụ ${uid}`,
      unit: "kg",
      priceVnd: 350_000,
      weightGrams: 500,
      stock: 20,
      listingStatus: "approved",
      approvedAt: new Date(),
    },
  });
  return { owner, shop, category, product };
}

async function storefrontSees(f: Awaited<ReturnType<typeof farm>>) {
  const guest = anonymous();
  const search = await guest.catalog.search({ category: f.category.slug });
  const category = await guest.catalog.categoryBySlug({ slug: f.category.slug });
  const product = await guest.catalog.productBySlug({ slug: f.product.slug }).then(
    (p) => p.id,
    (e: { code?: string }) => e.code,
  );
  const shop = await guest.shops.bySlug({ slug: f.shop.slug }).then(
    (s) => s.products.items.map((p) => p.slug),
    (e: { code?: string }) => e.code,
  );
  return { search: search.items.map((p) => p.slug), count: category.productCount, product, shop };
}

describe("admin.suspendShop / admin.reinstateShop", () => {
  it("takes the shop's listings off the storefront at once, and reinstating brings them back", async () => {
    const f = await farm();
    expect(await storefrontSees(f)).toEqual({
      search: [f.product.slug],
      count: 1,
      product: f.product.id,
      shop: [f.product.slug],
    });

    expect(await api.admin.suspendShop({ shopId: f.shop.id, reason: REASON })).toEqual({
      shopId: f.shop.id,
      changed: true,
    });
    expect(await db.shop.findUniqueOrThrow({ where: { id: f.shop.id } })).toMatchObject({
      active: false,
      suspendReason: REASON,
      suspendedAt: expect.any(Date),
    });
    expect(await storefrontSees(f)).toEqual({
      search: [],
      count: 0,
      product: "NOT_FOUND",
      shop: "NOT_FOUND",
    });
    const listed = await api.admin.shops({ q: f.shop.name, state: "suspended" });
    expect(listed.items.map((s) => [s.id, s.suspendReason])).toEqual([[f.shop.id, REASON]]);

    // A second click does not log a second suspension or replace the reason.
    expect(
      (await api.admin.suspendShop({ shopId: f.shop.id, reason: "Lý do khác, bấm lại lần nữa" })).changed,
    ).toBe(false);

    await api.admin.reinstateShop({ shopId: f.shop.id, reason: "Nhà vườn đã khắc phục, đã kiểm tra lại" });
    expect(await db.shop.findUniqueOrThrow({ where: { id: f.shop.id } })).toMatchObject({
      active: true,
      suspendedAt: null,
      suspendReason: null,
    });
    expect((await storefrontSees(f)).search).toEqual([f.product.slug]);

    const audit = await db.auditLog.findMany({
      where: { entityType: "Shop", entityId: f.shop.id },
      orderBy: { id: "asc" },
    });
    expect(
      audit.map((a) => [a.action, a.actorId, a.actorRole, (a.data as { reason: string }).reason]),
    ).toEqual([
      ["shop.suspended", admin.id, "admin", REASON],
      ["shop.reinstated", admin.id, "admin", "Nhà vườn đã khắc phục, đã kiểm tra lại"],
    ]);
  });

  it("lets the farm finish an order placed before the suspension", async () => {
    const f = await farm();
    const { orders } = await placeTestCheckout(db, {
      method: "cod",
      lines: [{ productId: f.product.id, quantity: 1 }],
    });
    await api.admin.suspendShop({ shopId: f.shop.id, reason: REASON });

    const farmer = createCaller(contextFor(db, { ...f.owner, role: "seller" }));
    const advanced = await farmer.orders.sellerAdvance({ code: orders[0].code, to: "accepted" });
    expect(advanced).toBeTruthy();
    expect((await db.order.findUniqueOrThrow({ where: { id: orders[0].id } })).status).toBe("accepted");
    expect((await farmer.orders.forSeller({ shopId: f.shop.id })).items.map((o) => o.code)).toContain(
      orders[0].code,
    );
  });

  it("refuses without a reason, and answers NOT_FOUND for an unknown shop", async () => {
    const f = await farm();
    await expect(api.admin.suspendShop({ shopId: f.shop.id, reason: "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Vui lòng nhập lý do"),
    });
    await expect(api.admin.reinstateShop({ shopId: f.shop.id } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await db.shop.findUniqueOrThrow({ where: { id: f.shop.id } })).active).toBe(true);
    await expect(
      api.admin.suspendShop({ shopId: "khong-co-gian-hang", reason: REASON }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.auditLog.count({ where: { entityType: "Shop", entityId: f.shop.id } })).toBe(0);
  });
});
