import { randomBytes } from "node:crypto";
import type { DbTx } from "@cho-phien/db";

/** "Ớt chào mào Đại Dực" → "ot-chao-mao-dai-duc" (same rule as the seed's bulk slugs). */
function slugOf(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80)
    .replace(/-$/, "");
}

/**
 * A product URL slug from its title that no product uses yet: the plain slug if free, else with a short
 * random suffix. The unique index still backs it if two farms race for the same title.
 */
export async function uniqueProductSlug(tx: DbTx, title: string): Promise<string> {
  const base = slugOf(title) || "san-pham";
  const taken = await tx.product.findUnique({ where: { slug: base }, select: { id: true } });
  if (!taken) return base;
  for (let i = 0; i < 5; i++) {
    const candidate = `${base}-${randomBytes(3).toString("hex")}`;
    if (!(await tx.product.findUnique({ where: { slug: candidate }, select: { id: true } })))
      return candidate;
  }
  return `${base}-${randomBytes(8).toString("hex")}`;
}
