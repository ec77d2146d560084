import type { PrismaClient } from "../generated/prisma/client";
import { DEMO_CATEGORIES } from "./categories";

/**
 * What a marketplace needs before its first farmer arrives, in production too: the product categories.
 * Idempotent (upsert by slug). No accounts, shops or listings: those are demo data (`seedDemo`).
 */
export async function seedReferenceData(db: PrismaClient): Promise<number> {
  for (const [i, c] of DEMO_CATEGORIES.entries()) {
    const data = { name: c.name, nameEn: c.nameEn, icon: c.icon, sortOrder: (i + 1) * 10 };
    await db.category.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data });
  }
  return DEMO_CATEGORIES.length;
}
