import { SHOP_RATINGS_PAGE_SIZE } from "@cho-phien/validators/ratings";
import { afterAll, describe, expect, it } from "vitest";
import { callerAs } from "../../test/callers";
import {
  createProduct,
  createShop,
  createUser,
  placeTestCheckout,
  testDb,
} from "../../test/payments-fixtures";

/**
 * The farm's ratings screen (dashboard /seller/ratings): ratings.forShop lists what buyers said about the
 * farm's products, newest first, and ratings.reply answers one. Owner and accepted helpers may; another farm,
 * a revoked or not-yet-accepted helper may not, and cannot tell the rating exists.
 */

const db = testDb();
afterAll(() => db.$disconnect());

/** A farm with `n` products, each rated once by its buyer, a minute apart (the last one newest). */
async function ratedFarm(n: number, name = "Ớt Đại Dực") {
  const owner = await createUser(db, { role: "seller", name: "Triệu Văn Sinh" });
  const shop = await createShop(db, owner.id, name);
  const buyer = await createUser(db, { name: "Nguyễn Thu Hà" });
  const products = [];
  for (let i = 0; i < n; i++) products.push(await createProduct(db, shop.id, { title: `Ớt số ${i + 1}` }));
  const { orders } = await placeTestCheckout(db, {
    method: "cod",
    buyerId: buyer.id,
    lines: products.map((p) => ({ productId: p.id, quantity: 1 })),
  });
  await db.order.update({ where: { id: orders[0].id }, data: { status: "delivered" } });
  const start = Date.now() - n * 60_000;
  await db.productReview.createMany({
    data: products.map((p, i) => ({
      productId: p.id,
      orderId: orders[0].id,
      buyerId: buyer.id,
      stars: (i % 5) + 1,
      comment: i === n - 1 ? "<script>alert('x')</script> Ớt cay thơm" : null,
      createdAt: new Date(start + i * 60_000),
    })),
  });
  const reviews = await db.productReview.findMany({
    where: { orderId: orders[0].id },
    orderBy: { createdAt: "desc" },
  });
  return { owner, shop, buyer, products, reviews };
}

async function helperOf(shop: { id: string; ownerId: string }, state: "accepted" | "pending" | "revoked") {
  const helper = await createUser(db, { role: "seller", name: "Tổ công nghệ số Đại Dực" });
  await db.shopHelper.create({
    data: {
      shopId: shop.id,
      userId: helper.id,
      grantedById: shop.ownerId,
      acceptedAt: state === "pending" ? null : new Date(),
      revokedAt: state === "revoked" ? new Date() : null,
    },
  });
  return helper;
}

describe("ratings.forShop", () => {
  it("lists the farm's ratings newest first, with product, stars, comment and reply, a page at a time", async () => {
    const farm = await ratedFarm(SHOP_RATINGS_PAGE_SIZE + 1);
    const other = await ratedFarm(1, "Chè Ba Chẽ");
    const api = callerAs(db, farm.owner).ratings;

    const first = await api.forShop({});
    expect(first).toMatchObject({
      page: 1,
      pageSize: SHOP_RATINGS_PAGE_SIZE,
      total: SHOP_RATINGS_PAGE_SIZE + 1,
      unanswered: SHOP_RATINGS_PAGE_SIZE + 1,
    });
    expect(first.items.map((r) => r.id)).toEqual(
      farm.reviews.slice(0, SHOP_RATINGS_PAGE_SIZE).map((r) => r.id),
    );
    expect(first.items[0]).toMatchObject({
      stars: farm.reviews[0].stars,
      // Stored and returned as typed: the page renders it as text.
      comment: "<script>alert('x')</script> Ớt cay thơm",
      buyerName: "N. T. Hà",
      reply: null,
      product: { title: `Ớt số ${SHOP_RATINGS_PAGE_SIZE + 1}` },
      shop: { id: farm.shop.id, name: "Ớt Đại Dực" },
    });
    // Another farm's rating is never among them.
    expect(first.items.some((r) => r.id === other.reviews[0].id)).toBe(false);

    const second = await api.forShop({ page: 2, shopId: farm.shop.id });
    expect(second.items.map((r) => r.id)).toEqual([farm.reviews.at(-1)!.id]);

    await expect(api.forShop({ page: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is NOT_FOUND for another farm's shop, and shows a revoked helper nothing", async () => {
    const farm = await ratedFarm(2);
    const stranger = await ratedFarm(1, "Chè Ba Chẽ");
    await expect(
      callerAs(db, stranger.owner).ratings.forShop({ shopId: farm.shop.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerAs(db, farm.owner).ratings.forShop({ shopId: "khong-co" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const helper = await helperOf(farm.shop, "accepted");
    expect((await callerAs(db, helper).ratings.forShop({ shopId: farm.shop.id })).total).toBe(2);
    for (const state of ["revoked", "pending"] as const) {
      const notHelping = await helperOf(farm.shop, state);
      await expect(callerAs(db, notHelping).ratings.forShop({ shopId: farm.shop.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect((await callerAs(db, notHelping).ratings.forShop({})).total).toBe(0);
    }
    // A buyer is not a farm: the ladder refuses before any lookup.
    await expect(callerAs(db, farm.buyer).ratings.forShop({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("ratings.reply from the farm's screen", () => {
  it("lets the owner and an accepted helper answer, audited with their role, and shows the reply", async () => {
    const farm = await ratedFarm(2);
    const helper = await helperOf(farm.shop, "accepted");
    const [newest, older] = farm.reviews;

    await callerAs(db, farm.owner).ratings.reply({ reviewId: newest.id, reply: "  Cảm ơn chị!  " });
    await callerAs(db, helper).ratings.reply({ reviewId: older.id, reply: "<b>Cảm ơn</b> chị đã ủng hộ" });

    const list = await callerAs(db, farm.owner).ratings.forShop({ shopId: farm.shop.id });
    expect(list.unanswered).toBe(0);
    expect(list.items.map((r) => r.reply)).toEqual(["Cảm ơn chị!", "<b>Cảm ơn</b> chị đã ủng hộ"]);
    expect(list.items.every((r) => r.repliedAt instanceof Date)).toBe(true);

    const audit = await db.auditLog.findMany({
      where: {
        entityType: "ProductReview",
        entityId: { in: [newest.id, older.id] },
        action: "review.replied",
      },
    });
    expect(audit.map((a) => [a.entityId, a.actorId, a.actorRole]).sort()).toEqual(
      [
        [newest.id, farm.owner.id, "owner"],
        [older.id, helper.id, "helper"],
      ].sort(),
    );

    // Once only: a second answer (a double tap, or owner and helper together) is refused and changes nothing.
    await expect(
      callerAs(db, helper).ratings.reply({ reviewId: newest.id, reply: "Lần hai" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.productReview.findUniqueOrThrow({ where: { id: newest.id } })).reply).toBe(
      "Cảm ơn chị!",
    );
  });

  it("refuses another farm, a revoked or pending helper (NOT_FOUND) and a reply too long or empty", async () => {
    const farm = await ratedFarm(1);
    const reviewId = farm.reviews[0].id;
    const stranger = await ratedFarm(1, "Chè Ba Chẽ");
    const revoked = await helperOf(farm.shop, "revoked");
    const pending = await helperOf(farm.shop, "pending");
    for (const who of [stranger.owner, revoked, pending]) {
      await expect(callerAs(db, who).ratings.reply({ reviewId, reply: "Cảm ơn" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    const api = callerAs(db, farm.owner).ratings;
    await expect(api.reply({ reviewId, reply: "đ".repeat(1001) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("tối đa 1000 ký tự"),
    });
    await expect(api.reply({ reviewId, reply: " \n " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Vui lòng nhập câu trả lời"),
    });
    const row = await db.productReview.findUniqueOrThrow({ where: { id: reviewId } });
    expect(row).toMatchObject({ reply: null, repliedAt: null });
    expect(await db.auditLog.count({ where: { entityId: reviewId, action: "review.replied" } })).toBe(0);
  });
});
