import type { PrismaClient } from "../generated/prisma/client";

export interface SeedOptions {
  log?: (message: string) => void;
  /** Do nothing when the database already has products (first start only). */
  onlyIfEmpty?: boolean;
}

/**
 * Demo data in Vietnamese (shops, products, accounts for every role). Idempotent: running it twice leaves
 * the same rows. Returns false when skipped because data was already there.
 * TODO(seed helper): implement.
 */
export async function seedDemo(db: PrismaClient, opts: SeedOptions = {}): Promise<boolean> {
  if (opts.onlyIfEmpty && (await db.product.count()) > 0) return false;
  return true;
}
