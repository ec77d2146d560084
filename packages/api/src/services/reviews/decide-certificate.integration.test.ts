import { createDb, type PrismaClient } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALL_REQUIRED_CHECKS,
  createReviewWorld,
  type ReviewWorld,
  reviewCaller,
} from "../../test/review-fixtures";
import { OCOP_PUBLIC_CODE_ALPHABET } from "../ocop/public-code";

/** reviews.decideCertificate: verify or reject an OCOP claim against its scan, separately from the listing. */

const DAY = 86_400_000;
let db: PrismaClient;
let w: ReviewWorld;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 4);
  w = await createReviewWorld(db);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("deciding an OCOP certificate", () => {
  it("verification names the fields checked, gives a public code, audits, tells the farm; buyers then see the badge", async () => {
    const p = await w.listing(w.quangNinh.id, {}, { ocop: { scanPath: "/media/cert-abc.pdf" } });
    const r = reviewCaller(db, w.quangNinhReviewer);
    const opened = await r.reviews.open({ productId: p.id });
    expect(opened.certificate).toMatchObject({
      status: "pending",
      stars: 4,
      decisionNumber: "1234/QĐ-UBND",
      scanPath: "/media/cert-abc.pdf",
      scanIsPdf: true,
    });
    await expect(
      r.reviews.decideCertificate({
        productId: p.id,
        version: 1,
        decision: "verify",
        checkedFields: ["stars", "decisionNumber"],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("cơ quan cấp") });

    const done = await r.reviews.decideCertificate({
      productId: p.id,
      version: 1,
      decision: "verify",
      checkedFields: [...ALL_REQUIRED_CHECKS, "producer"],
    });
    expect(done.status).toBe("verified");
    expect(done.publicCode).toMatch(new RegExp(`^[${OCOP_PUBLIC_CODE_ALPHABET}]{10}$`));
    const cert = await db.ocopCertificate.findUniqueOrThrow({ where: { productId: p.id } });
    expect(cert).toMatchObject({
      status: "verified",
      reviewedById: w.quangNinhReviewer.id,
      publicCode: done.publicCode,
      verifiedFields: [...ALL_REQUIRED_CHECKS, "producer"],
    });
    expect(await db.auditLog.count({ where: { entityId: p.id, action: "ocop.verified" } })).toBe(1);
    const sms = await db.outboxMessage.findFirst({
      where: { topic: "ocop.reviewed", payload: { path: ["productId"], equals: p.id } },
    });
    expect(sms).toMatchObject({ recipient: "+84902000101", payload: { decision: "verified", stars: 4 } });

    // The certificate decision leaves the listing's version alone: the same page goes on to decide the listing.
    await r.reviews.decideListing({ productId: p.id, version: 1, decision: "approve" });
    const seen = await reviewCaller(db, null).catalog.productBySlug({ slug: p.slug });
    expect(seen.ocop).toMatchObject({ stars: 4, decisionNumber: "1234/QĐ-UBND" });

    await expect(
      r.reviews.decideCertificate({ productId: p.id, version: 2, decision: "reject", comment: "Sai" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("rejection needs a comment, which the farm reads", async () => {
    const p = await w.listing(w.quangNinh.id, {}, { ocop: {} });
    const r = reviewCaller(db, w.quangNinhReviewer);
    await expect(
      r.reviews.decideCertificate({ productId: p.id, version: 1, decision: "reject" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("lý do từ chối chứng nhận"),
    });
    await r.reviews.decideCertificate({
      productId: p.id,
      version: 1,
      decision: "reject",
      comment: "Số quyết định không có trong danh sách OCOP của tỉnh",
    });
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { productId: p.id } })).toMatchObject({
      status: "rejected",
      publicCode: null,
      reviewNote: "Số quyết định không có trong danh sách OCOP của tỉnh",
    });
  });

  it("refuses to verify a certificate already past its expiry date", async () => {
    const p = await w.listing(
      w.quangNinh.id,
      {},
      { ocop: { signedAt: new Date(Date.now() - 1200 * DAY), expiresAt: new Date(Date.now() - DAY) } },
    );
    await expect(
      reviewCaller(db, w.quangNinhReviewer).reviews.decideCertificate({
        productId: p.id,
        version: 1,
        decision: "verify",
        checkedFields: [...ALL_REQUIRED_CHECKS],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("đã hết hạn") });
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { productId: p.id } })).toMatchObject({
      status: "pending",
    });
  });

  it("stale version, another province, unknown id, no certificate: refused", async () => {
    const p = await w.listing(w.quangNinh.id, { version: 3 }, { ocop: {} });
    const r = reviewCaller(db, w.quangNinhReviewer);
    const verify = { decision: "verify" as const, checkedFields: [...ALL_REQUIRED_CHECKS] };
    await expect(
      r.reviews.decideCertificate({ productId: p.id, version: 2, ...verify }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Nhà vườn vừa sửa"),
    });
    const outside = await reviewCaller(db, w.laoCaiReviewer)
      .reviews.decideCertificate({ productId: p.id, version: 3, ...verify })
      .catch((e) => e);
    const unknown = await r.reviews
      .decideCertificate({ productId: "khong-co", version: 1, ...verify })
      .catch((e) => e);
    expect(outside).toMatchObject({ code: "NOT_FOUND", message: unknown.message });
    const bare = await w.listing(w.quangNinh.id);
    await expect(
      r.reviews.decideCertificate({ productId: bare.id, version: 1, ...verify }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { productId: p.id } })).toMatchObject({
      status: "pending",
    });
  });
});
