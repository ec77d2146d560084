import { randomUUID } from "node:crypto";
import type { SessionUser } from "@cho-phien/auth";
import type { CertificateStatus, Db } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";
import { createProduct, createShop, createUser, testDb } from "../../test/payments-fixtures";

/**
 * An admin revokes a verified OCOP certificate: the badge leaves the product page and search at once, the
 * reason becomes the review note, the action is audited and the farm is told through the outbox — together.
 */

const db: Db = testDb();
let admin: SessionUser;
let api: ReturnType<typeof createCaller>;
const REASON = "Quyết định công nhận OCOP đã bị UBND tỉnh thu hồi";
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  admin = await createTestUser(db, { role: "admin" });
  api = createCaller(contextFor(db, admin));
});
afterAll(async () => {
  await db.$disconnect();
});

async function certified(status: CertificateStatus = "verified") {
  const owner = await createUser(db, { role: "seller" });
  const shop = await db.shop.update({
    where: { id: (await createShop(db, owner.id, `Mật ong bạc hà ${randomUUID().slice(0, 6)}`)).id },
    data: { phone: "+84987654321" },
  });
  const product = await createProduct(db, shop.id, {
    title: `Mật ong bạc hà Mèo Vạc ${randomUUID().slice(0, 6)}`,
  });
  const cert = await db.ocopCertificate.create({
    data: {
      productId: product.id,
      stars: 4,
      decisionNumber: `QĐ-${randomUUID().slice(0, 6)}`,
      issuingAuthority: "UBND tỉnh Tuyên Quang",
      issuingLevel: "province",
      signedAt: new Date(Date.now() - 100 * DAY),
      expiresAt: new Date(Date.now() + 900 * DAY),
      status,
      reviewedAt: new Date(),
    },
  });
  return { shop, product, cert };
}

describe("admin.revokeCertificate", () => {
  it("removes the badge, notes the reason, audits it and tells the farm, in one go", async () => {
    const { shop, product, cert } = await certified();
    const guest = createCaller(contextFor(db, null));
    expect((await guest.catalog.productBySlug({ slug: product.slug })).ocop).toMatchObject({ stars: 4 });
    const starsInSearch = async () =>
      (await guest.catalog.search({ q: product.title })).items.find((p) => p.slug === product.slug)!
        .ocopStars;
    expect(await starsInSearch()).toBe(4);
    expect((await api.admin.verifiedCertificates({ q: product.title })).items.map((c) => c.id)).toEqual([
      cert.id,
    ]);

    expect(await api.admin.revokeCertificate({ certificateId: cert.id, reason: REASON })).toEqual({
      certificateId: cert.id,
      changed: true,
    });
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } })).toMatchObject({
      status: "revoked",
      reviewNote: REASON,
    });
    expect((await guest.catalog.productBySlug({ slug: product.slug })).ocop).toBeNull();
    expect(await starsInSearch()).toBeNull();
    expect((await api.admin.verifiedCertificates({ q: product.title })).items).toEqual([]);

    expect(
      await db.auditLog.findMany({ where: { entityType: "OcopCertificate", entityId: cert.id } }),
    ).toMatchObject([
      {
        actorId: admin.id,
        actorRole: "admin",
        action: "ocop.revoked",
        data: { reason: REASON, productId: product.id, from: "verified", to: "revoked" },
      },
    ]);
    const outbox = await db.outboxMessage.findMany({
      where: { topic: "ocop.certificate_revoked", payload: { path: ["certificateId"], equals: cert.id } },
    });
    expect(outbox).toMatchObject([
      { recipient: shop.phone, payload: { productTitle: product.title, reason: REASON } },
    ]);

    // Revoking again changes nothing and sends nothing more.
    expect((await api.admin.revokeCertificate({ certificateId: cert.id, reason: REASON })).changed).toBe(
      false,
    );
    expect(await db.auditLog.count({ where: { entityType: "OcopCertificate", entityId: cert.id } })).toBe(1);
  });

  it("only revokes a verified certificate", async () => {
    for (const status of ["pending", "rejected", "expired"] as const) {
      const { cert } = await certified(status);
      await expect(
        api.admin.revokeCertificate({ certificateId: cert.id, reason: REASON }),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("đã xác minh"),
      });
      expect((await db.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } })).status).toBe(status);
    }
    await expect(
      api.admin.revokeCertificate({ certificateId: "khong-co", reason: REASON }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses without a reason, leaving the badge in place", async () => {
    const { product, cert } = await certified();
    await expect(api.admin.revokeCertificate({ certificateId: cert.id, reason: " " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Vui lòng nhập lý do"),
    });
    expect((await db.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } })).status).toBe("verified");
    const guest = createCaller(contextFor(db, null));
    expect((await guest.catalog.productBySlug({ slug: product.slug })).ocop).not.toBeNull();
  });
});
