import { createDb, type PrismaClient } from "@cho-phien/db";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALL_REQUIRED_CHECKS,
  createReviewWorld,
  type ReviewWorld,
  reviewCaller,
} from "../../test/review-fixtures";

/**
 * Two reviewers pressing at the same moment on the same item: exactly one decision is recorded, the other
 * reviewer is told it was just decided. Meant for the Postgres server (DB_TARGET=server), where the two
 * transactions really overlap; on PGlite they queue one behind the other and the rule must hold all the same.
 */

const ROUNDS = 20;
let db: PrismaClient;
let w: ReviewWorld;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 8);
  w = await createReviewWorld(db);
});
afterAll(async () => {
  await db.$disconnect();
});

function oneWinner(results: PromiseSettledResult<unknown>[]) {
  const won = results.filter((r) => r.status === "fulfilled");
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(won, JSON.stringify(lost.map((l) => String(l.reason)))).toHaveLength(1);
  expect(lost).toHaveLength(1);
  const e = lost[0].reason as TRPCError & { cause?: { reason?: string } };
  expect(e.code).toBe("CONFLICT");
  expect(e.message).toContain("Hồ sơ này vừa được cán bộ khác quyết định");
  expect(e.cause?.reason).toBe("ALREADY_DECIDED");
  return results.indexOf(won[0]);
}

describe("two reviewers deciding at once", () => {
  it(`a new listing, ${ROUNDS} times over: exactly one decision each time`, async () => {
    const a = reviewCaller(db, w.quangNinhReviewer);
    const b = reviewCaller(db, w.bothReviewer);
    for (let round = 0; round < ROUNDS; round++) {
      const p = await w.listing(w.quangNinh.id);
      const results = await Promise.allSettled([
        a.reviews.decideListing({ productId: p.id, version: 1, decision: "approve" }),
        b.reviews.decideListing({
          productId: p.id,
          version: 1,
          decision: "request_changes",
          reasonCode: "missing_origin",
        }),
      ]);
      const winner = oneWinner(results);
      const decisions = await db.listingDecision.findMany({ where: { productId: p.id } });
      expect(decisions).toHaveLength(1);
      expect(decisions[0].decision).toBe(winner === 0 ? "approved" : "changes_requested");
      const row = await db.product.findUniqueOrThrow({ where: { id: p.id } });
      expect(row).toMatchObject({
        listingStatus: winner === 0 ? "approved" : "changes_requested",
        version: 2,
      });
      expect(await db.auditLog.count({ where: { entityId: p.id, action: { startsWith: "listing." } } })).toBe(
        1,
      );
      expect(
        await db.outboxMessage.count({ where: { payload: { path: ["productId"], equals: p.id } } }),
      ).toBe(1);
    }
  });

  it("a revision, a few times over: one decision, and the listing shows exactly the winner's outcome", async () => {
    const a = reviewCaller(db, w.quangNinhReviewer);
    const b = reviewCaller(db, w.bothReviewer);
    for (let round = 0; round < 5; round++) {
      const p = await w.listing(w.quangNinh.id, {
        title: `Bản cũ ${round}`,
        listingStatus: "approved",
        approvedAt: new Date(),
        revisionSubmittedAt: new Date(),
        pendingRevision: { title: `Bản mới ${round}` },
      });
      const results = await Promise.allSettled([
        a.reviews.decideListing({ productId: p.id, version: 1, decision: "approve" }),
        b.reviews.decideListing({
          productId: p.id,
          version: 1,
          decision: "reject",
          reasonCode: "wrong_description",
          comment: "Tên mới không đúng sản phẩm",
        }),
      ]);
      const winner = oneWinner(results);
      expect(await db.listingDecision.count({ where: { productId: p.id } })).toBe(1);
      const row = await db.product.findUniqueOrThrow({ where: { id: p.id } });
      expect(row).toMatchObject({
        listingStatus: "approved",
        title: winner === 0 ? `Bản mới ${round}` : `Bản cũ ${round}`,
        pendingRevision: null,
      });
    }
  });

  it("a certificate, a few times over: verified or rejected once, one public code", async () => {
    const a = reviewCaller(db, w.quangNinhReviewer);
    const b = reviewCaller(db, w.bothReviewer);
    for (let round = 0; round < 5; round++) {
      const p = await w.listing(w.quangNinh.id, {}, { ocop: {} });
      const results = await Promise.allSettled([
        a.reviews.decideCertificate({
          productId: p.id,
          version: 1,
          decision: "verify",
          checkedFields: [...ALL_REQUIRED_CHECKS],
        }),
        b.reviews.decideCertificate({ productId: p.id, version: 1, decision: "reject", comment: "Ảnh mờ" }),
      ]);
      const winner = oneWinner(results);
      const cert = await db.ocopCertificate.findUniqueOrThrow({ where: { productId: p.id } });
      expect(cert.status).toBe(winner === 0 ? "verified" : "rejected");
      expect(cert.reviewedById).toBe(winner === 0 ? w.quangNinhReviewer.id : w.bothReviewer.id);
      expect(await db.auditLog.count({ where: { entityId: p.id, action: { startsWith: "ocop." } } })).toBe(1);
    }
  });
});
