import type { Prisma } from "@cho-phien/db";

/**
 * The shops a user may manage: the farmer who owns it, or a village digital-team member the farmer named
 * as a ShopHelper. Used inside the query that reads the rows, so ownership is checked in the same statement.
 */
export function managedShopsWhere(userId: string): Prisma.ShopWhereInput {
  return { OR: [{ ownerId: userId }, { helpers: { some: { userId } } }] };
}
