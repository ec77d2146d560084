import type { Db, DbTx } from "@cho-phien/db";

/**
 * Whose cart a request may touch: the signed-in user's, or the guest cart named by the cookie token. Never
 * a cart id from input, so no request can reach another buyer's cart.
 */
export type CartOwner = { kind: "user"; userId: string } | { kind: "guest"; token: string };

export function cartWhere(owner: CartOwner): { userId: string } | { guestToken: string } {
  return owner.kind === "user" ? { userId: owner.userId } : { guestToken: owner.token };
}

/** The owner's cart id, or null when they have none yet (reads never create carts). */
export async function findCartId(db: DbTx, owner: CartOwner): Promise<string | null> {
  const cart = await db.cart.findUnique({ where: cartWhere(owner), select: { id: true } });
  return cart?.id ?? null;
}

/** The owner's cart id, creating the cart on first use. Safe when two requests create it at once. */
export async function ensureCartId(db: Db | DbTx, owner: CartOwner): Promise<string> {
  const data = owner.kind === "user" ? { userId: owner.userId } : { guestToken: owner.token };
  for (let attempt = 0; ; attempt++) {
    try {
      const cart = await db.cart.upsert({
        where: cartWhere(owner),
        create: data,
        update: {},
        select: { id: true },
      });
      return cart.id;
    } catch (e) {
      // A concurrent request created it between Prisma's read and insert: read it on the next round.
      if (!isUniqueViolation(e) || attempt >= 2) throw e;
    }
  }
}

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}
