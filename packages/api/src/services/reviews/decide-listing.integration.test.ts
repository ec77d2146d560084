import { createDb, type PrismaClient } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReviewWorld, type ReviewWorld, reviewCaller } from "../../test/review-fixtures";
import { verifyAuditChain } from "../audit/append-audit";

/** reviews.decideListing: approve, send back or reject a listing (or a revision of one), once, on the version read. */

let db: PrismaClient;
let w: ReviewWorld;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 4);
  w = await createReviewWorld(db);
});
afterAll(async () => {
  await db.$disconnect();
});

const searchSlugs = async (q: string) =>
  (await reviewCaller(db, null).catalog.search({ q })).items.map((i) => i.slug);

describe("deciding a new listing", () => {
  it("approval puts it on sale (catalog search finds it), records the decision, audits, tells the farm", async () => {
    const p = await w.listing(w.quangNinh.id, { title: `Chè shan tuyết ${w.uid}` });
    const r = reviewCaller(db, w.quangNinhReviewer);
    await r.reviews.open({ productId: p.id });
    expect(await searchSlugs(`shan tuyết ${w.uid}`)).not.toContain(p.slug);

    const decided = await r.reviews.decideListing({ productId: p.id, version: 1, decision: "approve" });
    expect(decided).toMatchObject({
      version: 2,
      listingStatus: "approved",
      decision: "approved",
      changed: true,
    });

    expect(await searchSlugs(`shan tuyết ${w.uid}`)).toContain(p.slug);
    const row = await db.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ listingStatus: "approved", version: 2, reviewNote: null });
    expect(row.approvedAt).toBeInstanceOf(Date);
    expect(await db.listingDecision.findMany({ where: { productId: p.id } })).toMatchObject([
      { version: 1, decision: "approved", revision: false, reviewerId: w.quangNinhReviewer.id },
    ]);
    expect(await db.reviewClaim.count({ where: { productId: p.id } })).toBe(0);
    const audit = await db.auditLog.findFirst({
      where: { entityType: "Product", entityId: p.id, action: "listing.approved" },
    });
    expect(audit).toMatchObject({
      actorId: w.quangNinhReviewer.id,
      actorRole: "reviewer",
      data: { decidedVersion: 1, version: 2, decision: "approved", from: "submitted", to: "approved" },
    });
    expect(await verifyAuditChain(db, "Product", p.id)).toBe(true);
    const sms = await db.outboxMessage.findFirst({
      where: { topic: "listing.reviewed", payload: { path: ["productId"], equals: p.id } },
    });
    expect(sms).toMatchObject({
      recipient: "+84902000101",
      payload: { decision: "approved", revision: false },
    });
  });

  it("request changes needs a reason from the checklist; the farm reads it in the review note and the message", async () => {
    const p = await w.listing(w.quangNinh.id);
    const r = reviewCaller(db, w.quangNinhReviewer);
    await expect(
      r.reviews.decideListing({ productId: p.id, version: 1, decision: "request_changes" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Vui lòng chọn lý do cần nhà vườn sửa"),
    });
    await expect(
      r.reviews.decideListing({
        productId: p.id,
        version: 1,
        decision: "request_changes",
        reasonCode: "other",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("ghi rõ") });
    expect(await db.listingDecision.count({ where: { productId: p.id } })).toBe(0);

    await r.reviews.decideListing({
      productId: p.id,
      version: 1,
      decision: "request_changes",
      reasonCode: "unclear_photos",
      comment: "Chụp rõ bao bì và nhãn",
    });
    const row = await db.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({
      listingStatus: "changes_requested",
      reviewNote: "Ảnh không rõ: Chụp rõ bao bì và nhãn",
      version: 2,
      approvedAt: null,
    });
    const sms = await db.outboxMessage.findFirst({
      where: { topic: "listing.reviewed", payload: { path: ["productId"], equals: p.id } },
    });
    expect(sms?.payload).toMatchObject({ decision: "changes_requested", reason: "Ảnh không rõ" });
  });

  it("rejection needs a reason and a comment", async () => {
    const p = await w.listing(w.quangNinh.id);
    const r = reviewCaller(db, w.quangNinhReviewer);
    await expect(
      r.reviews.decideListing({
        productId: p.id,
        version: 1,
        decision: "reject",
        reasonCode: "abnormal_price",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Vui lòng ghi rõ lý do từ chối để nhà vườn hiểu"),
    });
    await r.reviews.decideListing({
      productId: p.id,
      version: 1,
      decision: "reject",
      reasonCode: "abnormal_price",
      comment: "Giá gấp 10 lần giá chợ",
    });
    expect(await db.product.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      listingStatus: "rejected",
      reviewNote: "Giá bất thường: Giá gấp 10 lần giá chợ",
    });
  });

  it("refuses a decision on a version the farm has since edited (stale), and leaves the listing as it was", async () => {
    const p = await w.listing(w.quangNinh.id);
    const r = reviewCaller(db, w.quangNinhReviewer);
    const opened = await r.reviews.open({ productId: p.id });
    // The farm saves a new price meanwhile: every farm save bumps the version.
    await db.product.update({ where: { id: p.id }, data: { priceVnd: 260_000, version: { increment: 1 } } });
    await expect(
      r.reviews.decideListing({ productId: p.id, version: opened.version, decision: "approve" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Nhà vườn vừa sửa tin này"),
    });
    expect(await db.product.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      listingStatus: "submitted",
      version: 2,
    });
    expect(await db.listingDecision.count({ where: { productId: p.id } })).toBe(0);
    await expect(
      r.reviews.decideListing({ productId: p.id, version: 2, decision: "approve" }),
    ).resolves.toMatchObject({ listingStatus: "approved" });
  });

  it("a second decision on the same version, by another reviewer, is refused as already decided", async () => {
    const p = await w.listing(w.quangNinh.id);
    await reviewCaller(db, w.quangNinhReviewer).reviews.decideListing({
      productId: p.id,
      version: 1,
      decision: "approve",
    });
    await expect(
      reviewCaller(db, w.bothReviewer).reviews.decideListing({
        productId: p.id,
        version: 1,
        decision: "reject",
        reasonCode: "other",
        comment: "Không đúng",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("vừa được cán bộ khác quyết định"),
    });
    expect(await db.product.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      listingStatus: "approved",
    });
  });

  it("a retry of the reviewer's own decision is answered again without a second record", async () => {
    const p = await w.listing(w.quangNinh.id);
    const r = reviewCaller(db, w.quangNinhReviewer);
    const first = await r.reviews.decideListing({ productId: p.id, version: 1, decision: "approve" });
    const again = await r.reviews.decideListing({ productId: p.id, version: 1, decision: "approve" });
    expect(again).toMatchObject({ version: first.version, listingStatus: "approved", changed: false });
    expect(await db.listingDecision.count({ where: { productId: p.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { payload: { path: ["productId"], equals: p.id } } })).toBe(
      1,
    );
  });

  it("refuses while another reviewer holds the item", async () => {
    const p = await w.listing(w.quangNinh.id);
    await reviewCaller(db, w.quangNinhReviewer).reviews.open({ productId: p.id });
    await expect(
      reviewCaller(db, w.bothReviewer).reviews.decideListing({
        productId: p.id,
        version: 1,
        decision: "approve",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Lê Minh Châu đang duyệt"),
    });
    expect(await db.product.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      listingStatus: "submitted",
    });
  });

  it("out of the reviewer's provinces or unknown: the same NOT_FOUND; an admin may decide anywhere", async () => {
    const p = await w.listing(w.laoCai.id);
    const r = reviewCaller(db, w.quangNinhReviewer);
    const outside = await r.reviews
      .decideListing({ productId: p.id, version: 1, decision: "approve" })
      .catch((e) => e);
    const unknown = await r.reviews
      .decideListing({ productId: "khong-co", version: 1, decision: "approve" })
      .catch((e) => e);
    expect(outside).toMatchObject({ code: "NOT_FOUND" });
    expect(unknown).toMatchObject({ code: "NOT_FOUND", message: outside.message });
    expect(await db.product.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      listingStatus: "submitted",
    });
    await expect(
      reviewCaller(db, w.admin).reviews.decideListing({ productId: p.id, version: 1, decision: "approve" }),
    ).resolves.toMatchObject({ listingStatus: "approved" });
  });

  it("refuses what is not waiting (a draft) and bad input with 4xx", async () => {
    const draft = await w.listing(w.quangNinh.id, { listingStatus: "draft", submittedAt: null });
    const r = reviewCaller(db, w.quangNinhReviewer);
    await expect(
      r.reviews.decideListing({ productId: draft.id, version: 1, decision: "approve" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      r.reviews.decideListing({ productId: draft.id, version: 0, decision: "approve" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      r.reviews.decideListing({ productId: draft.id, version: 1, decision: "maybe" as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("deciding a revision of a listing on sale", () => {
  const revised = () =>
    w.listing(w.quangNinh.id, {
      title: `Mật ong bạc hà ${w.uid}`,
      listingStatus: "approved",
      approvedAt: new Date(Date.now() - 86_400_000 * 30),
      revisionSubmittedAt: new Date(),
      pendingRevision: { title: `Mật ong bạc hà Đồng Văn ${w.uid}`, categoryId: w.honey.id },
    });

  it("buyers see the approved version until approval, then the revision; the listing stays on sale", async () => {
    const p = await revised();
    const buyer = reviewCaller(db, null);
    expect((await buyer.catalog.productBySlug({ slug: p.slug })).title).toBe(`Mật ong bạc hà ${w.uid}`);
    const r = reviewCaller(db, w.quangNinhReviewer);
    const opened = await r.reviews.open({ productId: p.id });
    expect(opened.changes.map((c) => c.field)).toEqual(["title", "category"]);

    await r.reviews.decideListing({ productId: p.id, version: opened.version, decision: "approve" });
    const seen = await buyer.catalog.productBySlug({ slug: p.slug });
    expect(seen.title).toBe(`Mật ong bạc hà Đồng Văn ${w.uid}`);
    expect(seen.category.slug).toBe(w.honey.slug);
    const row = await db.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({
      listingStatus: "approved",
      pendingRevision: null,
      revisionSubmittedAt: null,
    });
    expect(await db.listingDecision.findFirst({ where: { productId: p.id } })).toMatchObject({
      revision: true,
      decision: "approved",
    });
    expect((await r.reviews.queue({ kind: "revision" })).items.map((i) => i.productId)).not.toContain(p.id);
  });

  it("changes requested: the proposal stays with the farm to fix, out of the queue; buyers keep the approved version", async () => {
    const p = await revised();
    const r = reviewCaller(db, w.quangNinhReviewer);
    await r.reviews.decideListing({
      productId: p.id,
      version: 1,
      decision: "request_changes",
      reasonCode: "wrong_description",
    });
    const row = await db.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({
      listingStatus: "approved",
      title: `Mật ong bạc hà ${w.uid}`,
      revisionSubmittedAt: null,
      reviewNote: "Mô tả sai",
    });
    expect(row.pendingRevision).toMatchObject({ title: `Mật ong bạc hà Đồng Văn ${w.uid}` });
    expect((await r.reviews.queue()).items.map((i) => i.productId)).not.toContain(p.id);
  });

  it("rejection drops the proposal; the approved version stays on sale", async () => {
    const p = await revised();
    await reviewCaller(db, w.quangNinhReviewer).reviews.decideListing({
      productId: p.id,
      version: 1,
      decision: "reject",
      reasonCode: "other",
      comment: "Không phải mật ong Đồng Văn",
    });
    const row = await db.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({
      listingStatus: "approved",
      pendingRevision: null,
      title: `Mật ong bạc hà ${w.uid}`,
    });
    expect((await reviewCaller(db, null).catalog.productBySlug({ slug: p.slug })).title).toBe(
      `Mật ong bạc hà ${w.uid}`,
    );
  });
});
