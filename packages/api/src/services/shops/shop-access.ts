import type { Prisma } from "@cho-phien/db";
import type { UserActor } from "../../actor";

/**
 * The shops a signed-in user may act on: the farmer who owns it, a village digital-team member the farmer
 * named as a ShopHelper (once they accepted, until the farmer revokes them), or a platform admin. Every seller-side read and write puts this in the same query
 * that reads the rows, so ownership is checked in the statement itself and another farm's id matches nothing.
 */
export function shopAccessWhere(actor: UserActor): Prisma.ShopWhereInput {
  if (actor.role === "admin") return {};
  return {
    OR: [
      { ownerId: actor.id },
      { helpers: { some: { userId: actor.id, acceptedAt: { not: null }, revokedAt: null } } },
    ],
  };
}
