import type { Db } from "@cho-phien/db";
import { CART_COOKIE } from "@cho-phien/validators/cart";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "./root";
import {
  checkoutTestDb,
  createBuyer,
  createFarm,
  createProduct,
  failure,
  guest,
  requestContext,
  signedIn,
} from "./test/checkout-fixtures";

let db: Db;
let farmId: string;

beforeAll(async () => {
  db = checkoutTestDb(4);
  farmId = (await createFarm(db)).id;
});
afterAll(async () => {
  await db.$disconnect();
});

describe("guest cart cookie", () => {
  it("sets an httpOnly cp_cart cookie on a guest's first add, and the cart is found by it", async () => {
    const p = await createProduct(db, farmId);
    const ctx = requestContext(db);
    const cart = await createCaller(ctx).cart.add({ productId: p.id, quantity: 2 });
    expect(cart.itemCount).toBe(2);
    const setCookie = ctx.resHeaders!.get("set-cookie")!;
    expect(setCookie).toMatch(new RegExp(`^${CART_COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    const token = /^cp_cart=([^;]+)/.exec(setCookie)![1];
    expect((await db.cart.findUnique({ where: { guestToken: token } }))?.userId).toBeNull();
    expect((await guest(db, token).api.cart.get()).itemCount).toBe(2);
  });

  it("browsing without a cookie shows an empty cart and mints nothing", async () => {
    const ctx = requestContext(db);
    const before = await db.cart.count();
    expect((await createCaller(ctx).cart.get()).groups).toEqual([]);
    expect(ctx.resHeaders!.get("set-cookie")).toBeNull();
    expect(await db.cart.count()).toBe(before);
  });

  it("ignores a forged cookie value that is not a token we mint", async () => {
    const ctx = requestContext(db);
    ctx.headers.set("cookie", `${CART_COOKIE}=' OR 1=1 --`);
    expect((await createCaller(ctx).cart.get()).groups).toEqual([]);
  });
});

describe("cart rules", () => {
  it("adds up a line, records the price seen and groups lines by farm", async () => {
    const otherFarm = await createFarm(db, { provinceCode: "68", name: "Chè hoa vàng Ba Chẽ" });
    const chili = await createProduct(db, farmId, { priceVnd: 60_000 });
    const tea = await createProduct(db, otherFarm.id, { priceVnd: 250_000, weightGrams: 200 });
    const { api } = guest(db);
    await api.cart.add({ productId: chili.id, quantity: 1 });
    await api.cart.add({ productId: tea.id, quantity: 2 });
    const cart = await api.cart.add({ productId: chili.id, quantity: 2 });
    expect(cart.groups.map((g) => g.shop.id)).toEqual([farmId, otherFarm.id]);
    expect(cart.groups[0].lines[0]).toMatchObject({
      quantity: 3,
      priceVnd: 60_000,
      priceSeenVnd: 60_000,
      lineVnd: 180_000,
    });
    expect(cart.groups[0].subtotalVnd).toBe(180_000);
    expect(cart.groups[1]).toMatchObject({ subtotalVnd: 500_000, weightGrams: 400 });
    expect(cart.subtotalVnd).toBe(680_000);
    expect(cart.itemCount).toBe(5);
  });

  it("shows each line with its cover photo's size and copies, or none for a listing without photos", async () => {
    const withPhoto = await createProduct(db, farmId);
    const bare = await createProduct(db, farmId);
    await db.productImage.createMany({
      data: [
        { productId: withPhoto.id, position: 1, path: "/media/sau-1280.webp", width: 1280, height: 720 },
        {
          productId: withPhoto.id,
          position: 0,
          path: "/media/bia-1280.webp",
          width: 1280,
          height: 960,
          variants: [
            { width: 320, height: 240, path: "/media/bia-320.webp", bytes: 9_000 },
            { width: 1280, height: 960, path: "/media/bia-1280.webp", bytes: 90_000 },
          ],
        },
      ],
    });
    const { api } = guest(db);
    await api.cart.add({ productId: withPhoto.id, quantity: 1 });
    const cart = await api.cart.add({ productId: bare.id, quantity: 1 });
    const [a, b] = cart.groups[0]!.lines;
    expect(a!.image).toEqual({
      path: "/media/bia-1280.webp",
      width: 1280,
      height: 960,
      variants: [
        { width: 320, height: 240, path: "/media/bia-320.webp" },
        { width: 1280, height: 960, path: "/media/bia-1280.webp" },
      ],
    });
    expect(b!.image).toBeNull();
  });

  it("refuses zero, negative, fractional, non-numeric and huge quantities with Vietnamese messages", async () => {
    const p = await createProduct(db, farmId);
    const { api } = guest(db);
    for (const quantity of [0, -1, 1.5, Number.NaN, 1e9]) {
      const f = await failure(api.cart.add({ productId: p.id, quantity }));
      expect(f?.code, `quantity ${quantity}`).toBe("BAD_REQUEST");
      expect(f?.message).toMatch(/Số lượng/);
    }
    for (const quantity of ["abc", true, [1], "2.5"]) {
      const f = await failure(api.cart.add({ productId: p.id, quantity: quantity as unknown as number }));
      expect(f?.code, `quantity ${JSON.stringify(quantity)}`).toBe("BAD_REQUEST");
    }
    // A form posts strings: "2" is a quantity.
    expect((await api.cart.add({ productId: p.id, quantity: "2" as unknown as number })).itemCount).toBe(2);
  });

  it("caps a line by stock and by the farm's per-order maximum, also across repeated adds", async () => {
    const scarce = await createProduct(db, farmId, { stock: 3, maxPerOrder: 50, title: "Gà Tiên Yên" });
    const limited = await createProduct(db, farmId, {
      stock: 100,
      maxPerOrder: 5,
      title: "Miến dong Bình Liêu",
    });
    const { api } = guest(db);
    const overStock = await failure(api.cart.add({ productId: scarce.id, quantity: 4 }));
    expect(overStock).toMatchObject({ code: "BAD_REQUEST", reason: "QUANTITY_OVER_STOCK" });
    expect(overStock?.message).toContain("chỉ còn 3 kg");
    const overMax = await failure(api.cart.add({ productId: limited.id, quantity: 6 }));
    expect(overMax).toMatchObject({ code: "BAD_REQUEST", reason: "QUANTITY_OVER_LIMIT" });
    expect(overMax?.message).toContain("tối đa 5");

    await api.cart.add({ productId: limited.id, quantity: 4 });
    const again = await failure(api.cart.add({ productId: limited.id, quantity: 2 }));
    expect(again?.reason).toBe("QUANTITY_OVER_LIMIT");
    expect(again?.message).toContain("đã có 4");
    const set = await failure(api.cart.setQuantity({ productId: limited.id, quantity: 6 }));
    expect(set?.reason).toBe("QUANTITY_OVER_LIMIT");
    expect((await api.cart.get()).itemCount).toBe(4);
  });

  it("holds the cap when two tabs add the same product at once", async () => {
    const p = await createProduct(db, farmId, { stock: 5 });
    const { api } = guest(db);
    await api.cart.add({ productId: p.id, quantity: 1 });
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5, 6].map(() => api.cart.add({ productId: p.id, quantity: 1 })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason.code).toBe("BAD_REQUEST");
    }
    expect((await api.cart.get()).itemCount).toBe(5);
  });

  it("refuses unknown, unapproved and sold-out products", async () => {
    const draft = await createProduct(db, farmId, { listingStatus: "submitted" });
    const soldOut = await createProduct(db, farmId, { stock: 0 });
    const { api } = guest(db);
    expect(await failure(api.cart.add({ productId: "doesnotexist123", quantity: 1 }))).toMatchObject({
      code: "NOT_FOUND",
      reason: "PRODUCT_UNAVAILABLE",
    });
    expect(await failure(api.cart.add({ productId: draft.id, quantity: 1 }))).toMatchObject({
      code: "NOT_FOUND",
      reason: "PRODUCT_UNAVAILABLE",
    });
    const f = await failure(api.cart.add({ productId: soldOut.id, quantity: 1 }));
    expect(f).toMatchObject({ code: "CONFLICT", reason: "SOLD_OUT" });
    expect(f?.message).toContain("hết hàng");
    expect(await failure(api.cart.add({ productId: "x".repeat(10_000), quantity: 1 }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(
      await failure(api.cart.add({ productId: '\'; DROP TABLE "Cart"; --', quantity: 1 })),
    ).toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("sets and removes lines; removing twice is harmless", async () => {
    const p = await createProduct(db, farmId);
    const { api } = guest(db);
    await api.cart.add({ productId: p.id, quantity: 1 });
    expect((await api.cart.setQuantity({ productId: p.id, quantity: 7 })).itemCount).toBe(7);
    expect((await api.cart.remove({ productId: p.id })).groups).toEqual([]);
    expect((await api.cart.remove({ productId: p.id })).groups).toEqual([]);
    expect(await failure(api.cart.setQuantity({ productId: p.id, quantity: 1 }))).toMatchObject({
      code: "NOT_FOUND",
      reason: "NOT_IN_CART",
    });
  });

  it("flags lines whose product changed after adding: price, withdrawal, stock", async () => {
    const priced = await createProduct(db, farmId, { priceVnd: 40_000 });
    const withdrawn = await createProduct(db, farmId);
    const shrunk = await createProduct(db, farmId, { stock: 10 });
    const { api } = guest(db);
    for (const p of [priced, withdrawn, shrunk]) await api.cart.add({ productId: p.id, quantity: 3 });
    await db.product.update({ where: { id: priced.id }, data: { priceVnd: 45_000 } });
    await db.product.update({ where: { id: withdrawn.id }, data: { listingStatus: "archived" } });
    await db.product.update({ where: { id: shrunk.id }, data: { stock: 2 } });
    const cart = await api.cart.get();
    const line = (id: string) => cart.groups[0].lines.find((l) => l.productId === id)!;
    expect(line(priced.id)).toMatchObject({
      priceVnd: 45_000,
      priceSeenVnd: 40_000,
      priceChanged: true,
      problem: null,
    });
    expect(line(withdrawn.id).problem).toBe("UNAVAILABLE");
    expect(line(shrunk.id)).toMatchObject({ problem: "OVER_LIMIT", maxQuantity: 2 });
    expect(cart.hasProblems).toBe(true);
  });
});

describe("ownership", () => {
  it("one guest cannot see or change another guest's cart, nor a user's", async () => {
    const p = await createProduct(db, farmId);
    const alice = guest(db);
    const bob = guest(db);
    const carol = signedIn(db, await createBuyer(db));
    await alice.api.cart.add({ productId: p.id, quantity: 2 });
    await carol.api.cart.add({ productId: p.id, quantity: 4 });
    expect((await bob.api.cart.get()).groups).toEqual([]);
    await bob.api.cart.remove({ productId: p.id });
    expect(await failure(bob.api.cart.setQuantity({ productId: p.id, quantity: 1 }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await alice.api.cart.get()).itemCount).toBe(2);
    expect((await carol.api.cart.get()).itemCount).toBe(4);
    // There is no way to name a cart: input with a cartId is stripped by the schema, never used.
    await bob.api.cart.add({ productId: p.id, quantity: 1, cartId: "anything" } as never);
    expect((await alice.api.cart.get()).itemCount).toBe(2);
  });
});

describe("merge on sign-in", () => {
  it("merges the guest cart into the account cart, caps sums, drops the guest cart and clears the cookie", async () => {
    const both = await createProduct(db, farmId, { stock: 100, maxPerOrder: 6 });
    const guestOnly = await createProduct(db, farmId, { stock: 2 });
    const gone = await createProduct(db, farmId);
    const userOnly = await createProduct(db, farmId);
    const buyer = await createBuyer(db);

    await signedIn(db, buyer).api.cart.add({ productId: both.id, quantity: 4 });
    await signedIn(db, buyer).api.cart.add({ productId: userOnly.id, quantity: 1 });
    const anon = guest(db);
    await anon.api.cart.add({ productId: both.id, quantity: 5 });
    await anon.api.cart.add({ productId: guestOnly.id, quantity: 2 });
    await anon.api.cart.add({ productId: gone.id, quantity: 1 });
    await db.product.update({ where: { id: gone.id }, data: { listingStatus: "archived" } });
    await db.product.update({ where: { id: guestOnly.id }, data: { stock: 1 } });

    // The first request after sign-in still carries the guest cookie.
    const after = signedIn(db, buyer, anon.token);
    const cart = await after.api.cart.get();
    const qty = Object.fromEntries(cart.groups.flatMap((g) => g.lines.map((l) => [l.productId, l.quantity])));
    expect(qty).toEqual({ [both.id]: 6, [userOnly.id]: 1, [guestOnly.id]: 1 });
    expect(after.ctx.resHeaders!.get("set-cookie")).toMatch(/^cp_cart=; .*Max-Age=0/);
    expect(await db.cart.findUnique({ where: { guestToken: anon.token } })).toBeNull();

    // A late request with the old cookie changes nothing.
    const again = await signedIn(db, buyer, anon.token).api.cart.get();
    expect(again.itemCount).toBe(8);
  });

  it("merges once when two requests arrive together right after sign-in", async () => {
    const p = await createProduct(db, farmId);
    const buyer = await createBuyer(db);
    const anon = guest(db);
    await anon.api.cart.add({ productId: p.id, quantity: 3 });
    await Promise.all([1, 2, 3].map(() => signedIn(db, buyer, anon.token).api.cart.get()));
    expect((await signedIn(db, buyer).api.cart.get()).itemCount).toBe(3);
  });
});
