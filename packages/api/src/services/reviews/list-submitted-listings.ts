import type { DbTx, Prisma } from "@cho-phien/db";
import { provinceByCode } from "@cho-phien/validators/provinces";
import type { ZSubmittedListingsInput } from "@cho-phien/validators/reviews";
import type { z } from "zod";

export const SUBMITTED_PAGE_SIZE = 20;

export interface OcopClaim {
  stars: number;
  decisionNumber: string;
  issuingAuthority: string;
  issuingLevel: "central" | "province" | "other";
  signedAt: Date;
  expiresAt: Date;
  productGroup: string | null;
  producer: string | null;
  traceabilityCode: string | null;
  status: "pending" | "verified" | "rejected" | "revoked";
  /** Computed at read time: a claim whose decision has lapsed must not be approved as-is. */
  expired: boolean;
}

export interface SubmittedListing {
  id: string;
  slug: string;
  title: string;
  description: string;
  unit: string;
  priceVnd: number;
  stock: number;
  origin: string | null;
  image: string | null;
  submittedAt: Date | null;
  shop: {
    id: string;
    slug: string;
    name: string;
    provinceCode: string;
    provinceName: string;
    communeName: string;
  };
  ocop: OcopClaim | null;
}

export interface SubmittedListingsPage {
  items: SubmittedListing[];
  total: number;
  page: number;
  pageSize: number;
}

/** The review queue: listings farmers submitted, oldest first so nobody waits forever. */
export async function listSubmittedListings(
  db: DbTx,
  input: z.output<typeof ZSubmittedListingsInput>,
  now = new Date(),
): Promise<SubmittedListingsPage> {
  const where: Prisma.ProductWhereInput = {
    listingStatus: "submitted",
    ...(input.province ? { shop: { provinceCode: input.province } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      select: {
        id: true,
        slug: true,
        title: true,
        description: true,
        unit: true,
        priceVnd: true,
        stock: true,
        origin: true,
        images: true,
        submittedAt: true,
        shop: { select: { id: true, slug: true, name: true, provinceCode: true, communeName: true } },
        ocop: {
          select: {
            stars: true,
            decisionNumber: true,
            issuingAuthority: true,
            issuingLevel: true,
            signedAt: true,
            expiresAt: true,
            productGroup: true,
            producer: true,
            traceabilityCode: true,
            status: true,
          },
        },
      },
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: (input.page - 1) * SUBMITTED_PAGE_SIZE,
      take: SUBMITTED_PAGE_SIZE,
    }),
    db.product.count({ where }),
  ]);
  return {
    items: rows.map(({ images, shop, ocop, ...p }) => ({
      ...p,
      image: images[0] ?? null,
      shop: { ...shop, provinceName: provinceByCode(shop.provinceCode)?.name ?? shop.provinceCode },
      ocop: ocop ? { ...ocop, expired: ocop.expiresAt <= now } : null,
    })),
    total,
    page: input.page,
    pageSize: SUBMITTED_PAGE_SIZE,
  };
}
