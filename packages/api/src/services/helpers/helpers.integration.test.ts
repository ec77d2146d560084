import type { SessionUser } from "@cho-phien/auth";
import type { User } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor } from "../../test/auth-fixtures";
import {
  createProduct,
  createShop,
  createUser,
  placeTestCheckout,
  testDb,
} from "../../test/payments-fixtures";
import { verifyAuditChain } from "../audit/append-audit";
import { UNKNOWN_HELPER_PHONE } from "./invite-helper";

/**
 * Assisted selling: a farmer invites a village digital-team member by phone; the helper can act only after
 * accepting and only until the farmer revokes them; every helper action is audited as "helper" with the shop.
 */

const db = testDb();
let owner: User;
let shop: { id: string; name: string };
let product: { id: string };
let helper: User;
let otherSeller: User;

/** A request as `user`, with their role as stored now (the session is read from the database per request). */
async function as(user: Pick<User, "id">) {
  const u = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  const session: SessionUser = { id: u.id, name: u.name, role: u.role, phoneNumber: u.phoneNumber };
  return createCaller(contextFor(db, session));
}

async function newOrder() {
  const { orders } = await placeTestCheckout(db, {
    method: "cod",
    lines: [{ productId: product.id, quantity: 1 }],
  });
  return orders[0];
}

beforeAll(async () => {
  owner = await createUser(db, { role: "seller", name: "Triệu Văn Sinh" });
  shop = await createShop(db, owner.id, "Ớt Đại Dực");
  product = await createProduct(db, shop.id, { stock: 50 });
  // A digital-team member who already helps other farms (a seller account), and another farm's owner.
  helper = await createUser(db, { role: "seller", name: "Tổ công nghệ số Đại Dực" });
  otherSeller = await createUser(db, { role: "seller", name: "Nhà vườn khác" });
  await createShop(db, otherSeller.id, "Chè Ba Chẽ");
});
afterAll(async () => {
  await db.$disconnect();
});

describe("helpers: invite, accept, act, revoke", () => {
  it("a helper acts for the farm only between accepting and being revoked, audited as helper", async () => {
    const order = await newOrder();

    // The farmer invites by phone as people type it.
    const typed = helper.phoneNumber!.replace("+84", "0");
    expect(await (await as(owner)).helpers.invite({ shopId: shop.id, phone: typed })).toEqual({
      shopId: shop.id,
      userId: helper.id,
      status: "pending",
    });
    const invited = await db.outboxMessage.findFirst({
      where: { topic: "shop.helper_invited", recipient: helper.phoneNumber },
    });
    expect(invited?.payload).toMatchObject({ shopName: shop.name, ownerName: owner.name });
    let list = await (await as(owner)).helpers.list({ shopId: shop.id });
    expect(list.helpers).toEqual([
      expect.objectContaining({
        userId: helper.id,
        name: helper.name,
        status: "pending",
        phoneMasked: `•••• ••• ${helper.phoneNumber!.slice(-3)}`,
        acceptedAt: null,
        lastActedAt: null,
      }),
    ]);
    expect(JSON.stringify(list)).not.toContain(helper.phoneNumber!.slice(3, 9));

    // Pending: nothing of the shop is visible, and the order cannot be moved.
    const pending = await as(helper);
    expect((await pending.orders.forSeller({ shopId: shop.id })).items).toEqual([]);
    expect((await pending.listings.mine({ shopId: shop.id })).items).toEqual([]);
    await expect(pending.orders.sellerAdvance({ code: order.code, to: "accepted" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await pending.helpers.myInvitations()).toEqual([
      expect.objectContaining({ shopId: shop.id, shopName: shop.name, ownerName: owner.name }),
    ]);

    // Accepted: the helper works for the farm.
    await pending.helpers.accept({ shopId: shop.id });
    const active = await as(helper);
    expect(await active.helpers.myInvitations()).toEqual([]);
    expect((await active.orders.forSeller({ shopId: shop.id })).items.map((o) => o.code)).toEqual([
      order.code,
    ]);
    expect(await active.orders.sellerAdvance({ code: order.code, to: "accepted" })).toMatchObject({
      changed: true,
    });
    const orderAudit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Order", entityId: order.id, action: "order.accepted" },
    });
    expect(orderAudit).toMatchObject({ actorId: helper.id, actorRole: "helper" });
    const shopAudit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Shop", entityId: shop.id, action: "shop.order_advanced" },
    });
    expect(shopAudit).toMatchObject({ actorId: helper.id, actorRole: "helper" });
    expect(shopAudit.data).toMatchObject({ shopId: shop.id, orderCode: order.code, to: "accepted" });

    list = await (await as(owner)).helpers.list({ shopId: shop.id });
    expect(list.helpers[0]).toMatchObject({ status: "active", acceptedAt: expect.any(Date) });
    expect(list.helpers[0].lastActedAt).toBeInstanceOf(Date);

    // The owner's own step is audited as the owner.
    await (await as(owner)).orders.sellerAdvance({ code: order.code, to: "packed" });
    expect(
      await db.auditLog.findFirstOrThrow({
        where: { entityType: "Order", entityId: order.id, action: "order.packed" },
      }),
    ).toMatchObject({ actorId: owner.id, actorRole: "owner" });

    // Revoked: refused from the very next request; revoking again changes nothing.
    expect(await (await as(owner)).helpers.revoke({ shopId: shop.id, userId: helper.id })).toMatchObject({
      changed: true,
    });
    expect(await (await as(owner)).helpers.revoke({ shopId: shop.id, userId: helper.id })).toMatchObject({
      changed: false,
    });
    const revoked = await as(helper);
    await expect(
      revoked.orders.sellerAdvance({ code: order.code, to: "shipped", trackingCode: "VN123456789" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await revoked.orders.forSeller({ shopId: shop.id })).items).toEqual([]);
    expect((await revoked.listings.mine({ shopId: shop.id })).items).toEqual([]);
    expect((await (await as(owner)).helpers.list({ shopId: shop.id })).helpers[0].status).toBe("revoked");

    const shopActions = await db.auditLog.findMany({
      where: { entityType: "Shop", entityId: shop.id },
      orderBy: { id: "asc" },
    });
    expect(shopActions.map((a) => [a.action, a.actorRole])).toEqual([
      ["helper.invited", "owner"],
      ["helper.accepted", "helper"],
      ["shop.order_advanced", "helper"],
      ["shop.order_advanced", "owner"],
      ["helper.revoked", "owner"],
    ]);
    expect(await verifyAuditChain(db, "Shop", shop.id)).toBe(true);

    // Invited again after the revocation: pending until accepted once more, then acting again.
    expect(
      await (await as(owner)).helpers.invite({ shopId: shop.id, phone: helper.phoneNumber! }),
    ).toMatchObject({ status: "pending" });
    await expect(
      (await as(helper)).orders.sellerAdvance({
        code: order.code,
        to: "shipped",
        trackingCode: "VN123456789",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await (await as(helper)).helpers.accept({ shopId: shop.id });
    expect(
      await (await as(helper)).orders.sellerAdvance({
        code: order.code,
        to: "shipped",
        trackingCode: "VN123456789",
      }),
    ).toMatchObject({ changed: true });
  });

  it("a helper cannot invite or revoke helpers, and another seller cannot see or change this shop's", async () => {
    const member = await createUser(db, { role: "seller" });
    const third = await createUser(db, { role: "seller" });
    await (await as(owner)).helpers.invite({ shopId: shop.id, phone: member.phoneNumber! });
    await (await as(member)).helpers.accept({ shopId: shop.id });

    for (const who of [member, otherSeller]) {
      const api = await as(who);
      await expect(api.helpers.invite({ shopId: shop.id, phone: third.phoneNumber! })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(api.helpers.revoke({ shopId: shop.id, userId: member.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(api.helpers.list({ shopId: shop.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // An unknown shop id answers exactly the same.
    await expect((await as(owner)).helpers.list({ shopId: "no-such-shop" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await db.shopHelper.findUnique({ where: { shopId_userId: { shopId: shop.id, userId: third.id } } }),
    ).toBeNull();
    expect(
      (
        await db.shopHelper.findUniqueOrThrow({
          where: { shopId_userId: { shopId: shop.id, userId: member.id } },
        })
      ).revokedAt,
    ).toBeNull();
  });

  it("refuses a phone without an account, a malformed phone and inviting oneself, with Vietnamese messages", async () => {
    const api = await as(owner);
    await expect(api.helpers.invite({ shopId: shop.id, phone: "0399999999" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: UNKNOWN_HELPER_PHONE,
    });
    await expect(api.helpers.invite({ shopId: shop.id, phone: "12345" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("không hợp lệ"),
    });
    await expect(api.helpers.invite({ shopId: shop.id, phone: owner.phoneNumber! })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("accepting turns a buyer account into a seller account; a reviewer keeps their role", async () => {
    const buyer = await createUser(db, { role: "buyer" });
    const reviewer = await createUser(db, { role: "reviewer" });
    for (const u of [buyer, reviewer]) {
      await (await as(owner)).helpers.invite({ shopId: shop.id, phone: u.phoneNumber! });
    }
    // Before accepting, the buyer account has no farm screens at all.
    await expect((await as(buyer)).orders.forSeller({ shopId: shop.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await (await as(buyer)).helpers.accept({ shopId: shop.id })).toEqual({
      shopId: shop.id,
      role: "seller",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: buyer.id } })).role).toBe("seller");
    expect((await (await as(buyer)).shops.mine()).map((s) => [s.id, s.relation])).toEqual([
      [shop.id, "helper"],
    ]);
    await (await as(reviewer)).helpers.accept({ shopId: shop.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).role).toBe("reviewer");
  });

  it("only the invited person can accept, once; a declined invitation cannot be accepted later", async () => {
    const invitee = await createUser(db, { role: "seller" });
    const someoneElse = await createUser(db, { role: "seller" });
    await (await as(owner)).helpers.invite({ shopId: shop.id, phone: invitee.phoneNumber! });
    await expect((await as(someoneElse)).helpers.accept({ shopId: shop.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await (await as(invitee)).helpers.decline({ shopId: shop.id });
    await expect((await as(invitee)).helpers.accept({ shopId: shop.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await (await as(invitee)).orders.forSeller({ shopId: shop.id })).items).toEqual([]);
  });
});
