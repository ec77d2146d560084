import type { DbTx, Prisma } from "@cho-phien/db";
import type { ZAdminShopsInput } from "@cho-phien/validators/admin";
import { provinceByCode } from "@cho-phien/validators/provinces";
import type { z } from "zod";

export const ADMIN_SHOPS_PAGE_SIZE = 25;

export interface AdminShopRow {
  id: string;
  slug: string;
  name: string;
  provinceName: string;
  ownerName: string;
  ownerPhone: string | null;
  active: boolean;
  suspendedAt: Date | null;
  suspendReason: string | null;
  /** Listings buyers would see if the shop is active. */
  approvedListings: number;
  createdAt: Date;
}

/** Every shop, suspended or not, for the admin: newest first, by name (or slug) and state. */
export async function listAdminShops(db: DbTx, input: z.output<typeof ZAdminShopsInput>) {
  const where: Prisma.ShopWhereInput = {
    ...(input.q
      ? {
          OR: [
            { name: { contains: input.q, mode: "insensitive" } },
            { slug: { contains: input.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(input.state === "suspended" ? { active: false } : input.state === "active" ? { active: true } : {}),
  };
  const [rows, total] = await Promise.all([
    db.shop.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (input.page - 1) * ADMIN_SHOPS_PAGE_SIZE,
      take: ADMIN_SHOPS_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        name: true,
        provinceCode: true,
        active: true,
        suspendedAt: true,
        suspendReason: true,
        createdAt: true,
        owner: { select: { name: true, phoneNumber: true } },
        _count: { select: { products: { where: { listingStatus: "approved" } } } },
      },
    }),
    db.shop.count({ where }),
  ]);
  const items: AdminShopRow[] = rows.map((s) => ({
    id: s.id,
    slug: s.slug,
    name: s.name,
    provinceName: provinceByCode(s.provinceCode)?.name ?? s.provinceCode,
    ownerName: s.owner.name,
    ownerPhone: s.owner.phoneNumber,
    active: s.active,
    suspendedAt: s.suspendedAt,
    suspendReason: s.suspendReason,
    approvedListings: s._count.products,
    createdAt: s.createdAt,
  }));
  return { items, total, page: input.page, pageSize: ADMIN_SHOPS_PAGE_SIZE };
}
