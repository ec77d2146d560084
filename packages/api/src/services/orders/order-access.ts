import type { Prisma } from "@cho-phien/db";

/** Who is looking at an order: the signed-in buyer, and/or a guest's phone number (E.164). */
export interface OrderViewer {
  userId: string | null;
  phone: string | null;
}

/**
 * The WHERE clause that finds an order only for someone allowed to see it: its buyer's account, or anyone
 * who knows both its code and the phone number it was ordered with. Everything else is "not found", the
 * same answer as for a code that does not exist, so codes cannot be probed.
 */
export function orderAccessWhere(code: string, viewer: OrderViewer): Prisma.OrderWhereInput | null {
  const or: Prisma.OrderWhereInput[] = [];
  if (viewer.userId) or.push({ buyerId: viewer.userId });
  if (viewer.phone) or.push({ buyerPhone: viewer.phone });
  return or.length ? { code, OR: or } : null;
}
