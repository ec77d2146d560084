import { createDb, type PrismaClient } from "@cho-phien/db";
import { truncateAll } from "@cho-phien/db/test-db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReviewWorld, type ReviewWorld, reviewCaller } from "../../test/review-fixtures";

/** reviews.queue and reviews.open: what a reviewer sees, within their provinces, and who holds what. */

const HOUR = 3_600_000;
let db: PrismaClient;
let w: ReviewWorld;
let ids: Record<string, string>;

beforeAll(async () => {
  // Counts and the oldest age are about the whole scope: start from empty tables, not other files' listings.
  await truncateAll(process.env.DATABASE_URL!);
  db = createDb(process.env.DATABASE_URL!, 4);
  w = await createReviewWorld(db);
  const ago = (h: number) => new Date(Date.now() - h * HOUR);
  const oldest = await w.listing(
    w.quangNinh.id,
    { submittedAt: ago(50) },
    { ocop: {}, image: "/media/a.webp" },
  );
  const revision = await w.listing(w.quangNinh.id, {
    listingStatus: "approved",
    approvedAt: ago(100),
    submittedAt: ago(120),
    revisionSubmittedAt: ago(30),
    pendingRevision: { title: "Chè hoa vàng loại đặc biệt" },
  });
  const newer = await w.listing(w.quangNinh.id, { submittedAt: ago(2), categoryId: w.honey.id });
  const laoCai = await w.listing(w.laoCai.id, { submittedAt: ago(70) });
  // Not waiting: a draft, an approved listing with unsent edits, a decided one.
  await w.listing(w.quangNinh.id, { listingStatus: "draft", submittedAt: null });
  await w.listing(w.quangNinh.id, {
    listingStatus: "approved",
    pendingRevision: { title: "Chưa gửi" },
    revisionSubmittedAt: null,
  });
  await w.listing(w.quangNinh.id, { listingStatus: "rejected" });
  // On sale, its new OCOP claim left to check after a revision was approved.
  const certificate = await w.listing(
    w.quangNinh.id,
    { listingStatus: "approved", approvedAt: ago(10) },
    { ocop: { stars: 3 } },
  );
  ids = {
    oldest: oldest.id,
    revision: revision.id,
    newer: newer.id,
    laoCai: laoCai.id,
    certificate: certificate.id,
  };
});
afterAll(async () => {
  await db.$disconnect();
});

const mine = <T extends { productId: string }>(items: T[]) =>
  items.filter((i) => Object.values(ids).includes(i.productId));

describe("the review queue", () => {
  it("lists what waits in the reviewer's provinces only, oldest first, new listings and revisions alike", async () => {
    const q = await reviewCaller(db, w.quangNinhReviewer).reviews.queue();
    expect(mine(q.items).map((i) => [i.productId, i.kind])).toEqual([
      [ids.oldest, "new"],
      [ids.revision, "revision"],
      [ids.newer, "new"],
      // Waiting since its claim became pending (just now).
      [ids.certificate, "certificate"],
    ]);
    expect(q.counts).toEqual({ new: 2, revision: 1, certificate: 1 });
    expect(q.total).toBe(4);
    expect(q.provinces).toEqual([{ code: "22", name: "Quảng Ninh" }]);
    // The oldest waiting item has waited ~50 hours.
    expect(Date.now() - q.oldestWaitingSince!.getTime()).toBeGreaterThan(49 * HOUR);
    const first = q.items[0];
    expect(first).toMatchObject({
      image: { path: "/media/a.webp", width: null, height: null, variants: [] },
      shop: { name: "HTX Chè hoa vàng Ba Chẽ", provinceName: "Quảng Ninh" },
      ocop: { stars: 4, status: "pending", expired: false },
      claim: null,
    });
    expect(q.items.find((i) => i.productId === ids.revision)?.revisionFields).toEqual(["title"]);
  });

  it("a reviewer of another province sees none of them; one without provinces sees nothing; an admin sees all", async () => {
    const laoCai = await reviewCaller(db, w.laoCaiReviewer).reviews.queue();
    expect(laoCai.items.map((i) => i.productId)).toEqual([ids.laoCai]);
    const none = await reviewCaller(db, w.noProvinceReviewer).reviews.queue();
    expect(none.items).toEqual([]);
    expect(none.counts).toEqual({ new: 0, revision: 0, certificate: 0 });
    expect(none.oldestWaitingSince).toBeNull();
    const admin = await reviewCaller(db, w.admin).reviews.queue();
    expect(mine(admin.items).map((i) => i.productId)).toEqual([
      ids.laoCai,
      ids.oldest,
      ids.revision,
      ids.newer,
      ids.certificate,
    ]);
    expect(admin.provinces).toBeNull();
    // Filtering on a province outside the scope shows nothing of it.
    const outside = await reviewCaller(db, w.quangNinhReviewer).reviews.queue({ province: "15" });
    expect(outside.items).toEqual([]);
  });

  it("filters by province, category, OCOP claim and kind; counts follow the other filters", async () => {
    const r = reviewCaller(db, w.bothReviewer);
    expect((await r.reviews.queue({ province: "15" })).items.map((i) => i.productId)).toEqual([ids.laoCai]);
    const honey = await r.reviews.queue({ category: w.honey.slug });
    expect(honey.items.map((i) => i.productId)).toEqual([ids.newer]);
    expect(honey.counts).toEqual({ new: 1, revision: 0, certificate: 0 });
    const withOcop = await r.reviews.queue({ ocop: "with" });
    expect(mine(withOcop.items).map((i) => i.productId)).toEqual([ids.oldest, ids.certificate]);
    const without = await r.reviews.queue({ ocop: "without" });
    expect(mine(without.items).map((i) => i.productId)).toEqual([ids.laoCai, ids.revision, ids.newer]);
    const revisions = await r.reviews.queue({ kind: "revision" });
    expect(revisions.items.map((i) => i.productId)).toEqual([ids.revision]);
    expect(revisions.total).toBe(1);
    expect(revisions.counts.new).toBe(2 + 1);
  });

  it("refuses bad filters with Vietnamese messages (400, not 500)", async () => {
    const r = reviewCaller(db, w.bothReviewer);
    await expect(r.reviews.queue({ province: "99" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Tỉnh/thành không hợp lệ"),
    });
    await expect(r.reviews.queue({ kind: "old" as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(r.reviews.queue({ page: 999 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("opening an item", () => {
  it("holds it for the reviewer; a second reviewer sees it read-only, held by the first, until it expires", async () => {
    const a = reviewCaller(db, w.quangNinhReviewer);
    const b = reviewCaller(db, w.bothReviewer);
    const opened = await a.reviews.open({ productId: ids.newer });
    expect(opened.claim).toMatchObject({ mine: true, reviewerName: "Lê Minh Châu" });
    expect(opened.claim!.expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(opened).toMatchObject({ kind: "new", version: 1, shop: { provinceName: "Quảng Ninh" } });

    const seen = await b.reviews.open({ productId: ids.newer });
    expect(seen.claim).toMatchObject({ mine: false, reviewerName: "Lê Minh Châu" });
    const q = await b.reviews.queue();
    expect(q.items.find((i) => i.productId === ids.newer)?.claim).toMatchObject({
      mine: false,
      reviewerName: "Lê Minh Châu",
    });

    // Once the hold has run out, the item is free: the next reviewer to open it holds it.
    await db.reviewClaim.update({
      where: { productId: ids.newer },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await b.reviews.queue()).items.find((i) => i.productId === ids.newer)?.claim).toBeNull();
    const taken = await b.reviews.open({ productId: ids.newer });
    expect(taken.claim).toMatchObject({ mine: true, reviewerName: "Đỗ Văn Hùng" });
    expect((await a.reviews.open({ productId: ids.newer })).claim).toMatchObject({ mine: false });
  });

  it("two reviewers opening the same item at once: exactly one holds it", async () => {
    const [x, y] = await Promise.all([
      reviewCaller(db, w.quangNinhReviewer).reviews.open({ productId: ids.oldest }),
      reviewCaller(db, w.bothReviewer).reviews.open({ productId: ids.oldest }),
    ]);
    expect([x.claim!.mine, y.claim!.mine].filter(Boolean)).toHaveLength(1);
    expect(x.claim!.reviewerName).toBe(y.claim!.reviewerName);
  });

  it("shows a revision field by field against the version on sale", async () => {
    const item = await reviewCaller(db, w.quangNinhReviewer).reviews.open({ productId: ids.revision });
    expect(item.kind).toBe("revision");
    expect(item.listing.title).toMatch(/^Chè hoa vàng \d+ /);
    expect(item.changes).toEqual([
      { field: "title", before: item.listing.title, after: "Chè hoa vàng loại đặc biệt" },
    ]);
  });

  it("answers an out-of-scope listing exactly like an unknown one", async () => {
    const r = reviewCaller(db, w.quangNinhReviewer);
    const outside = await r.reviews.open({ productId: ids.laoCai }).catch((e) => e);
    const unknown = await r.reviews.open({ productId: "khong-co-san-pham-nay" }).catch((e) => e);
    expect(outside).toMatchObject({ code: "NOT_FOUND" });
    expect(unknown).toMatchObject({ code: "NOT_FOUND" });
    expect(outside.message).toBe(unknown.message);
    // Opening it left no hold behind.
    expect(await db.reviewClaim.count({ where: { productId: ids.laoCai } })).toBe(0);
    await expect(reviewCaller(db, w.admin).reviews.open({ productId: ids.laoCai })).resolves.toMatchObject({
      kind: "new",
    });
  });
});
