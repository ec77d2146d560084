import { createDb, type PrismaClient } from "@cho-phien/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../../root";
import { contextFor } from "../../test/auth-fixtures";
import { createReviewWorld, type ReviewWorld } from "../../test/review-fixtures";

/**
 * listings.mine / listings.byId after a reviewer refuses the farm's edits to a listing on sale: the listing
 * stays approved (its status says nothing), so the farm reads why from `revisionRefusal`.
 */

let db: PrismaClient;
let w: ReviewWorld;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!, 4);
  w = await createReviewWorld(db);
});
afterAll(async () => {
  await db.$disconnect();
});

const farm = () => createCaller(contextFor(db, w.owner));
const reviewer = () => createCaller(contextFor(db, w.quangNinhReviewer));

/** An approved listing whose farm renamed it and sent the change for review, through the farm's own steps. */
async function revisedOnSale(title: string) {
  const p = await w.listing(w.quangNinh.id, {
    title,
    listingStatus: "approved",
    approvedAt: new Date(Date.now() - 30 * 86_400_000),
    // An approval comment is also kept in reviewNote: it must not read as a refusal.
    reviewNote: "Ảnh đẹp, thông tin rõ",
  });
  await db.listingDecision.create({
    data: { productId: p.id, version: 1, decision: "approved", reviewerId: w.quangNinhReviewer.id },
  });
  await db.product.update({ where: { id: p.id }, data: { version: 2 } });
  const api = farm();
  const l = await api.listings.byId({ productId: p.id });
  const saved = await api.listings.update({
    productId: p.id,
    version: l.version,
    fields: {
      title: `${title} loại 1`,
      categorySlug: l.category.slug,
      description: l.description,
      unit: l.unit,
      priceVnd: l.priceVnd,
      stock: l.stock,
      weightGrams: l.weightGrams,
    },
  });
  const sent = await api.listings.submit({ productId: p.id, version: saved.version });
  return { p, version: sent.version };
}

const mineRow = async (productId: string) =>
  (await farm().listings.mine({ shopId: w.quangNinh.id })).items.find((i) => i.id === productId);

describe("the farm reads why a reviewer refused its revision of a listing on sale", () => {
  it("sent back: the list and the edit page carry the reviewer's note until the farm sends the edits again", async () => {
    const { p, version } = await revisedOnSale(`Chè hoa vàng ${w.uid} trả lại`);
    expect((await farm().listings.byId({ productId: p.id })).revisionRefusal).toBeNull();
    expect((await mineRow(p.id))?.revisionRefusal).toBeNull();

    await reviewer().reviews.decideListing({
      productId: p.id,
      version,
      decision: "request_changes",
      reasonCode: "wrong_description",
      comment: "Tên mới phải ghi rõ khối lượng hộp",
    });

    const note = "Mô tả sai: Tên mới phải ghi rõ khối lượng hộp";
    const l = await farm().listings.byId({ productId: p.id });
    expect(l).toMatchObject({
      listingStatus: "approved",
      title: `Chè hoa vàng ${w.uid} trả lại`,
      revisionRefusal: { decision: "changes_requested", note },
      pendingRevision: { title: `Chè hoa vàng ${w.uid} trả lại loại 1`, submittedAt: null },
    });
    expect(await mineRow(p.id)).toMatchObject({
      listingStatus: "approved",
      revisionRefusal: { decision: "changes_requested", note },
    });

    // The farm fixes the proposal and sends it again: the note was about the previous one.
    const fixed = await farm().listings.update({
      productId: p.id,
      version: l.version,
      fields: {
        title: `${l.title} hộp 200 g`,
        categorySlug: l.category.slug,
        description: l.description,
        unit: l.unit,
        priceVnd: l.priceVnd,
        stock: l.stock,
        weightGrams: l.weightGrams,
      },
    });
    await farm().listings.submit({ productId: p.id, version: fixed.version });
    expect((await farm().listings.byId({ productId: p.id })).revisionRefusal).toBeNull();
    expect((await mineRow(p.id))?.revisionRefusal).toBeNull();
  });

  it("rejected: the proposal is dropped, the approved version stays on sale, and the farm reads the reason", async () => {
    const { p, version } = await revisedOnSale(`Chè hoa vàng ${w.uid} từ chối`);
    await reviewer().reviews.decideListing({
      productId: p.id,
      version,
      decision: "reject",
      reasonCode: "other",
      comment: "Không được đổi sang sản phẩm khác",
    });

    const l = await farm().listings.byId({ productId: p.id });
    expect(l).toMatchObject({
      listingStatus: "approved",
      title: `Chè hoa vàng ${w.uid} từ chối`,
      pendingRevision: null,
      revisionRefusal: { decision: "rejected", note: "Không được đổi sang sản phẩm khác" },
    });
    expect((await mineRow(p.id))?.revisionRefusal).toEqual({
      decision: "rejected",
      note: "Không được đổi sang sản phẩm khác",
    });
  });

  it("an approved revision, or a refused new listing, is no revision refusal", async () => {
    const { p, version } = await revisedOnSale(`Chè hoa vàng ${w.uid} duyệt`);
    await reviewer().reviews.decideListing({
      productId: p.id,
      version,
      decision: "approve",
      comment: "Tên mới rõ hơn",
    });
    expect(await mineRow(p.id)).toMatchObject({
      title: `Chè hoa vàng ${w.uid} duyệt loại 1`,
      reviewNote: "Tên mới rõ hơn",
      revisionRefusal: null,
    });

    // A new listing sent back shows its note through its status (changes_requested), not as a revision.
    const fresh = await w.listing(w.quangNinh.id, { title: `Chè hoa vàng ${w.uid} mới` });
    await reviewer().reviews.decideListing({
      productId: fresh.id,
      version: 1,
      decision: "request_changes",
      reasonCode: "unclear_photos",
    });
    expect(await farm().listings.byId({ productId: fresh.id })).toMatchObject({
      listingStatus: "changes_requested",
      reviewNote: "Ảnh không rõ",
      revisionRefusal: null,
    });
  });
});
