import { afterAll, describe, expect, it } from "vitest";
import { shortName } from "./services/ratings/list-product-ratings";
import { callerAs } from "./test/callers";
import {
  advanceOrderTo,
  createProduct,
  createShop,
  createUser,
  placeTestCheckout,
  testDb,
} from "./test/payments-fixtures";

const db = testDb();
afterAll(() => db.$disconnect());

async function deliveredOrder(opts: { buyerName?: string } = {}) {
  const owner = await createUser(db, { role: "seller", name: "Triệu Văn Sinh" });
  const shop = await createShop(db, owner.id);
  const chili = await createProduct(db, shop.id, { title: "Ớt chào mào", stock: 50 });
  const tea = await createProduct(db, shop.id, { title: "Chè hoa vàng", stock: 50 });
  const buyer = await createUser(db, { name: opts.buyerName ?? "Nguyễn Thu Hà" });
  const { orders } = await placeTestCheckout(db, {
    method: "cod",
    buyerId: buyer.id,
    lines: [
      { productId: chili.id, quantity: 1 },
      { productId: tea.id, quantity: 2 },
    ],
  });
  return { owner, shop, chili, tea, buyer, order: orders[0] };
}

describe("ratings", () => {
  it("refuses a farm's owner and its helpers rating their own produce, even from a real delivered order", async () => {
    const owner = await createUser(db, { role: "seller" });
    const shop = await createShop(db, owner.id);
    const honey = await createProduct(db, shop.id, { title: "Mật ong rừng", stock: 20 });
    const helper = await createUser(db);
    await db.shopHelper.create({ data: { shopId: shop.id, userId: helper.id, grantedById: owner.id } });
    for (const who of [owner, helper]) {
      const { orders } = await placeTestCheckout(db, {
        method: "cod",
        buyerId: who.id,
        lines: [{ productId: honey.id, quantity: 1 }],
      });
      await advanceOrderTo(db, orders[0].id, "delivered");
      await expect(
        callerAs(db, who).ratings.rate({ orderCode: orders[0].code, productId: honey.id, stars: 5 }),
      ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("tự đánh giá") });
    }
    expect(await db.productReview.count({ where: { productId: honey.id } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: honey.id } })).ratingCount).toBe(0);
  });

  it("lets only the buyer of a delivered order rate each of its products, once, and keeps the average", async () => {
    const { chili, tea, buyer, order, shop } = await deliveredOrder();
    const rate = (stars: number, productId = chili.id, who = buyer) =>
      callerAs(db, who).ratings.rate({
        orderCode: order.code,
        productId,
        stars,
        comment: "Ớt cay thơm, đóng gói cẩn thận",
      });

    // Not delivered yet.
    await expect(rate(5)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("sau khi đã nhận"),
    });
    await advanceOrderTo(db, order.id, "delivered");

    // Someone else, a guest, a product not in the order.
    const stranger = await createUser(db);
    await expect(rate(5, chili.id, stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerAs(db, null).ratings.rate({ orderCode: order.code, productId: chili.id, stars: 5 }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const elsewhere = await createProduct(db, shop.id, { stock: 1 });
    await expect(rate(5, elsewhere.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Bad input.
    await expect(rate(0)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(rate(6)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(rate(4.5)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      callerAs(db, buyer).ratings.rate({
        orderCode: order.code,
        productId: chili.id,
        stars: 5,
        comment: "x".repeat(1001),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("1000") });

    expect(await rate(4)).toMatchObject({ count: 1, average: 4 });
    await expect(rate(5)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("đã đánh giá"),
    });
    // Two submits at once: one wins.
    const both = await Promise.allSettled([rate(2, tea.id), rate(3, tea.id)]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);

    const p = await db.product.findUniqueOrThrow({ where: { id: chili.id } });
    expect([p.ratingCount, p.ratingSum]).toEqual([1, 4]);
    const t = await db.product.findUniqueOrThrow({ where: { id: tea.id } });
    expect(t.ratingCount).toBe(1);
    expect(await db.productReview.count({ where: { orderId: order.id } })).toBe(2);

    const detail = await callerAs(db, buyer).orders.byCode({ code: order.code });
    expect(detail.items.find((i) => i.productId === chili.id)?.myStars).toBe(4);
  });

  it("shows the average, comments newest first and the farm's single reply", async () => {
    const first = await deliveredOrder({ buyerName: "Nguyễn Thu Hà" });
    await advanceOrderTo(db, first.order.id, "delivered");
    await callerAs(db, first.buyer).ratings.rate({
      orderCode: first.order.code,
      productId: first.chili.id,
      stars: 5,
      comment: "Rất ngon",
    });
    // A second buyer of the same product (another order, same shop).
    const buyer2 = await createUser(db, { name: "Lò Văn Páo" });
    const { orders } = await placeTestCheckout(db, {
      method: "cod",
      buyerId: buyer2.id,
      lines: [{ productId: first.chili.id, quantity: 1 }],
    });
    await advanceOrderTo(db, orders[0].id, "delivered");
    await db.order.update({ where: { id: orders[0].id }, data: { status: "completed" } });
    await callerAs(db, buyer2).ratings.rate({
      orderCode: orders[0].code,
      productId: first.chili.id,
      stars: 2,
    });

    const list = await callerAs(db, null).ratings.forProduct({ productId: first.chili.id });
    expect(list.count).toBe(2);
    expect(list.average).toBe(3.5);
    expect(list.items.map((i) => [i.stars, i.buyerName, i.comment])).toEqual([
      [2, "L. V. Páo", null],
      [5, "N. T. Hà", "Rất ngon"],
    ]);

    const reviewId = list.items[1].id;
    const helper = await createUser(db, { role: "seller" });
    await db.shopHelper.create({
      data: { shopId: first.shop.id, userId: helper.id, grantedById: first.owner.id },
    });
    const otherSeller = await createUser(db, { role: "seller" });
    await expect(
      callerAs(db, otherSeller).ratings.reply({ reviewId, reply: "Cảm ơn" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      callerAs(db, first.buyer).ratings.reply({ reviewId, reply: "Cảm ơn" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerAs(db, helper).ratings.reply({ reviewId, reply: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await callerAs(db, helper).ratings.reply({ reviewId, reply: "Cảm ơn chị đã ủng hộ nhà vườn!" });
    await expect(
      callerAs(db, first.owner).ratings.reply({ reviewId, reply: "Lần hai" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const after = await callerAs(db, null).ratings.forProduct({
      productId: first.chili.id,
      page: 1,
      pageSize: 1,
    });
    expect(after.pageCount).toBe(2);
    const page2 = await callerAs(db, null).ratings.forProduct({
      productId: first.chili.id,
      page: 2,
      pageSize: 1,
    });
    expect(page2.items[0]).toMatchObject({ reply: "Cảm ơn chị đã ủng hộ nhà vườn!" });
    expect(page2.items[0].repliedAt).toBeInstanceOf(Date);

    await expect(callerAs(db, null).ratings.forProduct({ productId: "nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("abbreviates buyers' names the Vietnamese way", () => {
    expect(shortName("Nguyễn Thu Hà")).toBe("N. T. Hà");
    expect(shortName("Páo")).toBe("Páo");
    expect(shortName("  ")).toBe("Người mua");
  });
});
