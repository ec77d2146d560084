import type { CertificateStatus, Db } from "@cho-phien/db";
import { afterAll, describe, expect, it } from "vitest";
import { ocopRouter } from "../../routers/ocop";
import { createProduct, createShop, createUser, testDb } from "../../test/payments-fixtures";
import { createCallerFactory, createTRPCRouter } from "../../trpc";
import { newOcopPublicCode } from "./public-code";

const db = testDb();
afterAll(async () => {
  await db.$disconnect();
});

// Only the router under test, called as a guest through the real middleware ladder and error mapping.
const anonymous = createCallerFactory(createTRPCRouter({ ocop: ocopRouter }))({
  db,
  user: null,
  headers: new Headers(),
});

const DAY = 86_400_000;

async function certifiedProduct(
  db: Db,
  opts: {
    status?: CertificateStatus;
    expiresAt?: Date;
    publicCode?: string | null;
    listingStatus?: "approved" | "archived" | "draft";
    shopActive?: boolean;
  } = {},
) {
  const farmer = await createUser(db, { role: "seller" });
  const shop = await createShop(db, farmer.id, "HTX Miến dong Bình Liêu");
  if (opts.shopActive === false) await db.shop.update({ where: { id: shop.id }, data: { active: false } });
  const product = await createProduct(db, shop.id, { title: "Miến dong Bình Liêu" });
  if (opts.listingStatus)
    await db.product.update({ where: { id: product.id }, data: { listingStatus: opts.listingStatus } });
  await db.productImage.create({
    data: {
      productId: product.id,
      position: 0,
      path: "/media/abc123-1280.webp",
      alt: "Miến dong",
      width: 1280,
      height: 960,
      variants: [{ width: 640, height: 480, path: "/media/abc123-640.webp", bytes: 1 }],
    },
  });
  const signedAt = new Date(Date.now() - 400 * DAY);
  const code = opts.publicCode === undefined ? newOcopPublicCode() : opts.publicCode;
  const cert = await db.ocopCertificate.create({
    data: {
      productId: product.id,
      stars: 4,
      decisionNumber: "3427/QĐ-UBND",
      issuingAuthority: "UBND tỉnh Quảng Ninh",
      issuingLevel: "province",
      signedAt,
      expiresAt: opts.expiresAt ?? new Date(signedAt.getTime() + 1000 * DAY),
      producer: "HTX Miến dong Bình Liêu",
      traceabilityCode: "QN-OCOP-BL-0107",
      status: opts.status ?? "verified",
      publicCode: code,
    },
  });
  return { product, shop, cert, code: code ?? "" };
}

describe("ocop.byCode: the public verification page", () => {
  it("shows a verified, unexpired certificate as valid, with the public listing's link and photo", async () => {
    const { product, shop, code } = await certifiedProduct(db);
    const v = await anonymous.ocop.byCode({ code });
    expect(v).toMatchObject({
      code,
      standing: "valid",
      stars: 4,
      decisionNumber: "3427/QĐ-UBND",
      issuingAuthority: "UBND tỉnh Quảng Ninh",
      issuingLevel: "province",
      producer: "HTX Miến dong Bình Liêu",
      traceabilityCode: "QN-OCOP-BL-0107",
      product: { title: "Miến dong Bình Liêu", slug: product.slug },
      shop: { name: "HTX Miến dong Bình Liêu", slug: shop.slug, communeName: "Đại Dực" },
    });
    expect(v.product.cover?.path).toBe("/media/abc123-1280.webp");
    expect(v.product.cover?.variants.map((x) => x.width)).toEqual([640]);
    // Nothing private: no phone, no owner, no internal ids.
    expect(JSON.stringify(v)).not.toMatch(/phone|ownerId|"id"/i);
  });

  it("accepts the code as people type it from the packaging: lower case, with spaces or dashes", async () => {
    const { code } = await certifiedProduct(db);
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)} `;
    expect((await anonymous.ocop.byCode({ code: typed })).code).toBe(code);
  });

  it("shows a certificate past its expiry date as expired before the daily job has marked it", async () => {
    const { code, cert } = await certifiedProduct(db, { expiresAt: new Date(Date.now() - 60_000) });
    expect((await anonymous.ocop.byCode({ code })).standing).toBe("expired");
    expect((await db.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } })).status).toBe("verified");
  });

  it("shows an expired-by-the-job certificate as expired and a revoked one as revoked", async () => {
    const expired = await certifiedProduct(db, { status: "expired", expiresAt: new Date(Date.now() - DAY) });
    expect((await anonymous.ocop.byCode({ code: expired.code })).standing).toBe("expired");
    const revoked = await certifiedProduct(db, { status: "revoked" });
    expect((await anonymous.ocop.byCode({ code: revoked.code })).standing).toBe("revoked");
  });

  it("links neither the listing nor its photo once buyers cannot see it, but still answers for the certificate", async () => {
    const archived = await certifiedProduct(db, { listingStatus: "archived" });
    const a = await anonymous.ocop.byCode({ code: archived.code });
    expect(a.standing).toBe("valid");
    expect(a.product).toEqual({ title: "Miến dong Bình Liêu", slug: null, cover: null });
    expect(a.shop.slug).toBe(archived.shop.slug);

    const closed = await certifiedProduct(db, { shopActive: false });
    const c = await anonymous.ocop.byCode({ code: closed.code });
    expect(c.product.slug).toBeNull();
    expect(c.shop.slug).toBeNull();
  });

  it("answers not found for an unknown code and for a claim no reviewer confirmed", async () => {
    await expect(anonymous.ocop.byCode({ code: "ACDEFGHJKM" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const status of ["pending", "rejected"] as const) {
      const { code } = await certifiedProduct(db, { status });
      await expect(anonymous.ocop.byCode({ code })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "Không tìm thấy chứng nhận OCOP với mã này",
      });
    }
  });

  it("refuses a malformed code as bad input with a Vietnamese message, never a server error", async () => {
    for (const code of ["", "ABC", "0OIL1ABCDE", "' OR 1=1 --", "A".repeat(40), "Ớt chào mào"]) {
      // In-process the message is zod's issue list; over HTTP errorFormatter turns it into the text alone.
      await expect(anonymous.ocop.byCode({ code }), code).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("Mã chứng nhận không hợp lệ"),
      });
    }
    await expect(anonymous.ocop.byCode({ code: 42 } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
