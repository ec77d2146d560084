import type { DbTx } from "@cho-phien/db";
import { provinceByCode } from "@cho-phien/validators/provinces";
import type { UserActor } from "../../actor";
import { shopAccessWhere } from "./shop-access";

export interface MyShop {
  id: string;
  slug: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  communeName: string;
  active: boolean;
  /** "owner": the farmer's own shop; "helper": managed on the farmer's behalf with their consent. */
  relation: "owner" | "helper";
  ownerName: string;
  productCount: number;
  /** Listings waiting for a reviewer, and listings the reviewer sent back for changes. */
  submittedCount: number;
  changesRequestedCount: number;
}

/** Shops the user owns or helps with, owned ones first. */
export async function listSellerShops(db: DbTx, actor: UserActor): Promise<MyShop[]> {
  const shops = await db.shop.findMany({
    where: shopAccessWhere(actor),
    select: {
      id: true,
      slug: true,
      name: true,
      provinceCode: true,
      communeName: true,
      active: true,
      ownerId: true,
      owner: { select: { name: true } },
      _count: { select: { products: { where: { listingStatus: { not: "archived" } } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (shops.length === 0) return [];
  const byStatus = await db.product.groupBy({
    by: ["shopId", "listingStatus"],
    where: {
      shopId: { in: shops.map((s) => s.id) },
      listingStatus: { in: ["submitted", "changes_requested"] },
    },
    _count: { _all: true },
  });
  const count = (shopId: string, status: string) =>
    byStatus.find((g) => g.shopId === shopId && g.listingStatus === status)?._count._all ?? 0;
  return shops
    .map((s) => ({
      id: s.id,
      slug: s.slug,
      name: s.name,
      provinceCode: s.provinceCode,
      provinceName: provinceByCode(s.provinceCode)?.name ?? s.provinceCode,
      communeName: s.communeName,
      active: s.active,
      relation: s.ownerId === actor.id ? ("owner" as const) : ("helper" as const),
      ownerName: s.owner.name,
      productCount: s._count.products,
      submittedCount: count(s.id, "submitted"),
      changesRequestedCount: count(s.id, "changes_requested"),
    }))
    .sort((a, b) => (a.relation === b.relation ? 0 : a.relation === "owner" ? -1 : 1));
}
