import { randomUUID } from "node:crypto";
import type { SessionUser } from "@cho-phien/auth";
import type { Db, Prisma } from "@cho-phien/db";
import { catalogRouter } from "../routers/catalog";
import { reviewsRouter } from "../routers/reviews";
import { createCallerFactory, createTRPCRouter } from "../trpc";
import { contextFor, createTestUser } from "./auth-fixtures";

// Only the routers the review tests exercise, so a half-edited router elsewhere in the tree cannot break them.
const router = createTRPCRouter({ reviews: reviewsRouter, catalog: catalogRouter });
const factory = createCallerFactory(router);

/** Calls procedures as `user` (null = anonymous), through the real middleware ladder and error mapping. */
export function reviewCaller(db: Db, user: SessionUser | null) {
  return factory(contextFor(db, user));
}

const DAY = 86_400_000;

/**
 * Two farms in two provinces (Quảng Ninh "22", Lào Cai "15"), a reviewer for each province, one for both,
 * an admin, and two categories. Every slug carries a random suffix, so files sharing a database never collide.
 */
export async function createReviewWorld(db: Db) {
  const uid = randomUUID().slice(0, 8);
  const owner = await createTestUser(db, { role: "seller", name: "Triệu Văn Sinh" });
  const reviewer = async (name: string, provinces: string[]) => {
    const u = await createTestUser(db, { role: "reviewer", name });
    await db.reviewerProvince.createMany({
      data: provinces.map((provinceCode) => ({ userId: u.id, provinceCode })),
    });
    return u;
  };
  const [quangNinhReviewer, laoCaiReviewer, bothReviewer, noProvinceReviewer, admin] = await Promise.all([
    reviewer("Lê Minh Châu", ["22"]),
    reviewer("Vàng Thị Mỷ", ["15"]),
    reviewer("Đỗ Văn Hùng", ["22", "15"]),
    reviewer("Chưa phân công", []),
    createTestUser(db, { role: "admin", name: "Phạm Quốc Bảo" }),
  ]);
  const tea = await db.category.create({ data: { slug: `che-${uid}`, name: "Chè", nameEn: "Tea" } });
  const honey = await db.category.create({
    data: { slug: `mat-ong-${uid}`, name: "Mật ong", nameEn: "Honey" },
  });
  const quangNinh = await db.shop.create({
    data: {
      slug: `htx-ba-che-${uid}`,
      name: "HTX Chè hoa vàng Ba Chẽ",
      provinceCode: "22",
      communeName: "Ba Chẽ",
      phone: "+84902000101",
      ownerId: owner.id,
    },
  });
  const laoCai = await db.shop.create({
    data: {
      slug: `vuon-sa-pa-${uid}`,
      name: "Vườn Sa Pa",
      provinceCode: "15",
      communeName: "Sa Pa",
      ownerId: owner.id,
    },
  });
  let n = 0;
  /** A listing of `shopId` (submitted a day ago unless `over` says otherwise), with a pending OCOP claim if asked. */
  async function listing(
    shopId: string,
    over: Partial<Prisma.ProductUncheckedCreateInput> = {},
    opts: { ocop?: Partial<Prisma.OcopCertificateUncheckedCreateInput>; image?: string } = {},
  ) {
    n++;
    const p = await db.product.create({
      data: {
        shopId,
        categoryId: tea.id,
        slug: `san-pham-${n}-${uid}`,
        title: `Chè hoa vàng ${n} ${uid}`,
        description: "Chè hoa vàng hái tay trên núi Ba Chẽ.",
        unit: "hộp",
        priceVnd: 250_000,
        weightGrams: 200,
        stock: 10,
        listingStatus: "submitted",
        submittedAt: new Date(Date.now() - DAY),
        ...over,
      },
    });
    if (opts.image)
      await db.productImage.create({ data: { productId: p.id, position: 0, path: opts.image } });
    if (opts.ocop) {
      await db.ocopCertificate.create({
        data: {
          productId: p.id,
          stars: 4,
          decisionNumber: "1234/QĐ-UBND",
          issuingAuthority: "UBND tỉnh Quảng Ninh",
          issuingLevel: "province",
          signedAt: new Date(Date.now() - 400 * DAY),
          expiresAt: new Date(Date.now() + 600 * DAY),
          status: "pending",
          ...opts.ocop,
        },
      });
    }
    return p;
  }
  return {
    uid,
    owner,
    quangNinhReviewer,
    laoCaiReviewer,
    bothReviewer,
    noProvinceReviewer,
    admin,
    tea,
    honey,
    quangNinh,
    laoCai,
    listing,
  };
}

export type ReviewWorld = Awaited<ReturnType<typeof createReviewWorld>>;

/** Every check a verification needs, as the reviewer's form sends them. */
export const ALL_REQUIRED_CHECKS = [
  "stars",
  "decisionNumber",
  "issuingAuthority",
  "signedAt",
  "expiresAt",
] as const;
