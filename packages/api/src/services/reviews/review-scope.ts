import type { DbTx, Prisma } from "@cho-phien/db";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";

/**
 * The provinces a reviewer covers (ReviewerProvince rows an admin assigned), or null for "every province"
 * (a platform admin). A reviewer without any province covers nothing until an admin assigns one.
 */
export async function reviewerProvinceCodes(db: DbTx, actor: UserActor): Promise<string[] | null> {
  if (actor.role === "admin") return null;
  const rows = await db.reviewerProvince.findMany({
    where: { userId: actor.id },
    select: { provinceCode: true },
    orderBy: { provinceCode: "asc" },
  });
  return rows.map((r) => r.provinceCode);
}

/**
 * Which listings a reviewer may see and decide: those of shops in their provinces (admins: all). Every
 * review read and decision puts this in the query that finds the listing, so a listing outside the scope
 * matches nothing and answers exactly like an unknown id (reviewNotFound), never "forbidden".
 */
export async function reviewScopeWhere(db: DbTx, actor: UserActor): Promise<Prisma.ProductWhereInput> {
  const codes = await reviewerProvinceCodes(db, actor);
  return codes === null ? {} : { shop: { provinceCode: { in: codes } } };
}

/** The one answer for an unknown listing and for one outside the reviewer's provinces. */
export const reviewNotFound = () => notFound("Không tìm thấy hồ sơ này trong danh sách bạn được duyệt");
