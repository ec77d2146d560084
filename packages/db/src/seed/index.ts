import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_HELPER_PHONE, DEMO_PASSWORD, demoUserId, phoneEmail, toE164 } from "./accounts";
import { DEMO_CATEGORIES } from "./categories";
import { demoCertificate } from "./certificates";
import { upsertDemoPhotos } from "./demo-photos";
import { DEMO_PRODUCTS, type DemoProduct } from "./products";
import { DAI_DUC_SHOP_SLUG, DEMO_SHOPS } from "./shops";

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, MAIN_DEMO_ACCOUNTS } from "./accounts";
export { BULK_SLUG_PREFIX, type BulkOptions, type BulkResult, seedBulk } from "./bulk";
export { DEMO_CATEGORIES } from "./categories";
export { countDemoAccounts } from "./demo-accounts-present";
export { DEMO_PRODUCTS, OT_CHAO_MAO_SLUG } from "./products";
export { seedReferenceData } from "./reference-data";
export { DAI_DUC_SHOP_SLUG, DEMO_SHOPS } from "./shops";

export interface SeedOptions {
  log?: (message: string) => void;
  /** Do nothing when the database already has products (first start only). */
  onlyIfEmpty?: boolean;
}

/** Serialises concurrent seeders (two app instances starting at once) so upserts never race. */
const SEED_LOCK = 72707002;

/**
 * Demo data in Vietnamese (shops, products, accounts for every role). Idempotent: running it twice leaves
 * the same rows. Returns false when skipped because data was already there.
 *
 * Every row is upserted by a natural key (phone, slug, product), all inside one transaction: a crash
 * half-way never leaves a database that `onlyIfEmpty` would then skip forever. Dates are relative to the
 * start of the current UTC day/month, so the demo never ages into expired certificates, and two runs on the
 * same day write identical values.
 */
export async function seedDemo(db: PrismaClient, opts: SeedOptions = {}): Promise<boolean> {
  const log = opts.log ?? (() => {});
  if (opts.onlyIfEmpty && (await db.product.count()) > 0) return false;

  // scrypt is deliberately slow (~150 ms): hash once, outside the transaction. Same password for all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = startOfUtcDay(new Date());
  const thisMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));

  const done = await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
      // Another instance may have seeded while we waited for the lock.
      if (opts.onlyIfEmpty && (await tx.product.count()) > 0) return false;

      // ── accounts ──
      const userIds = new Map<string, string>();
      for (const a of DEMO_ACCOUNTS) {
        const phoneNumber = toE164(a.phone);
        // Keyed by phone: if someone already signed up with this number by OTP, that user becomes the demo one.
        const user = await tx.user.upsert({
          where: { phoneNumber },
          create: {
            id: demoUserId(a.phone),
            name: a.name,
            email: phoneEmail(a.phone),
            emailVerified: false,
            phoneNumber,
            phoneNumberVerified: true,
            role: a.role,
          },
          update: { name: a.name, phoneNumberVerified: true, role: a.role, banned: false },
        });
        userIds.set(a.phone, user.id);
        // better-auth's phone + password sign-in looks for the "credential" account of the user.
        const account = await tx.account.findFirst({ where: { userId: user.id, providerId: "credential" } });
        if (account) {
          await tx.account.update({ where: { id: account.id }, data: { password: passwordHash } });
        } else {
          await tx.account.create({
            data: {
              id: `demo-account-${a.phone}`,
              accountId: user.id,
              providerId: "credential",
              userId: user.id,
              password: passwordHash,
            },
          });
        }
      }
      const reviewerId = userIds.get(DEMO_ACCOUNTS.find((a) => a.role === "reviewer")!.phone)!;
      log(`${DEMO_ACCOUNTS.length} demo accounts (password ${DEMO_PASSWORD})`);

      // ── categories ──
      const categoryIds = new Map<string, string>();
      for (const [i, c] of DEMO_CATEGORIES.entries()) {
        const data = { name: c.name, nameEn: c.nameEn, icon: c.icon, sortOrder: (i + 1) * 10 };
        const row = await tx.category.upsert({
          where: { slug: c.slug },
          create: { slug: c.slug, ...data },
          update: data,
        });
        categoryIds.set(c.slug, row.id);
      }
      log(`${DEMO_CATEGORIES.length} categories`);

      // ── shops ──
      const shopIds = new Map<string, string>();
      for (const s of DEMO_SHOPS) {
        const data = {
          name: s.name,
          story: s.story,
          provinceCode: s.provinceCode,
          communeName: s.communeName,
          addressLine: s.addressLine,
          phone: toE164(s.ownerPhone),
          ownerId: userIds.get(s.ownerPhone)!,
          freeShippingThresholdVnd: s.freeShippingThresholdVnd,
          active: true,
        };
        const row = await tx.shop.upsert({
          where: { slug: s.slug },
          create: { slug: s.slug, ...data },
          update: data,
        });
        shopIds.set(s.slug, row.id);
      }
      // The village digital team member manages the Đại Dực shop with the owner's consent.
      const daiDucId = shopIds.get(DAI_DUC_SHOP_SLUG)!;
      const daiDucOwner = DEMO_SHOPS.find((s) => s.slug === DAI_DUC_SHOP_SLUG)!.ownerPhone;
      const helperId = userIds.get(DEMO_HELPER_PHONE)!;
      await tx.shopHelper.upsert({
        where: { shopId_userId: { shopId: daiDucId, userId: helperId } },
        create: {
          shopId: daiDucId,
          userId: helperId,
          grantedById: userIds.get(daiDucOwner)!,
          consentAt: today,
        },
        update: { grantedById: userIds.get(daiDucOwner)! },
      });
      log(`${DEMO_SHOPS.length} farm shops (+1 village digital team helper)`);

      // ── OCOP reviewer provinces ── the demo reviewer covers every province with a demo shop, so the whole
      // demo queue is theirs (a reviewer sees and decides only listings of shops in their provinces).
      const reviewerProvinces = [...new Set(DEMO_SHOPS.map((s) => s.provinceCode))];
      await tx.reviewerProvince.createMany({
        data: reviewerProvinces.map((provinceCode) => ({ userId: reviewerId, provinceCode })),
        skipDuplicates: true,
      });
      log(`demo reviewer covers ${reviewerProvinces.length} provinces`);

      // ── products and OCOP certificates ──
      let certs = 0;
      const photos: { id: string; slug: string; title: string }[] = [];
      for (const [i, p] of DEMO_PRODUCTS.entries()) {
        const status: NonNullable<DemoProduct["status"]> | "approved" = p.status ?? "approved";
        // Spread listings over the past weeks so "newest" sorting has something to sort.
        const createdAt = addDays(today, -(DEMO_PRODUCTS.length - i));
        const submittedAt = status === "draft" ? null : addDays(createdAt, 0.5);
        const data = {
          shopId: shopIds.get(p.shop)!,
          categoryId: categoryIds.get(p.category)!,
          title: p.title,
          description: p.description,
          unit: p.unit,
          priceVnd: p.priceVnd,
          weightGrams: p.weightGrams,
          stock: p.stock,
          maxPerOrder: p.maxPerOrder,
          harvestSeason: p.harvestSeason ?? null,
          origin: p.origin,
          listingStatus: status,
          reviewNote: p.reviewNote ?? null,
          submittedAt,
          approvedAt: status === "approved" ? addDays(createdAt, 1) : null,
        };
        const product = await tx.product.upsert({
          where: { slug: p.slug },
          create: { slug: p.slug, createdAt, ...data },
          update: data,
        });
        photos.push({ id: product.id, slug: p.slug, title: p.title });
        if (p.ocop) {
          const cert = demoCertificate(p.ocop, p.slug, thisMonth, reviewerId);
          await tx.ocopCertificate.upsert({
            where: { productId: product.id },
            create: { productId: product.id, ...cert },
            update: cert,
          });
          certs++;
        } else {
          await tx.ocopCertificate.deleteMany({ where: { productId: product.id } });
        }
      }
      await upsertDemoPhotos(tx, photos);
      log(`${DEMO_PRODUCTS.length} products, ${certs} OCOP certificates`);
      return true;
    },
    // PGlite on 2 cores is slow; ~300 statements must not hit Prisma's 5 s default.
    { maxWait: 30_000, timeout: 180_000 },
  );
  return done;
}

function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}
