import type { DbTx, Prisma } from "@cho-phien/db";
import type { ZVerifiedCertificatesInput } from "@cho-phien/validators/admin";
import type { z } from "zod";

export const CERTIFICATES_PAGE_SIZE = 25;

export interface VerifiedCertificateRow {
  id: string;
  stars: number;
  decisionNumber: string;
  issuingAuthority: string;
  expiresAt: Date;
  reviewedAt: Date | null;
  reviewerName: string | null;
  productTitle: string;
  productSlug: string;
  shopName: string;
}

/**
 * The OCOP certificates an admin can revoke: the verified ones, most recently verified first, searchable by
 * product title, shop name or decision number.
 */
export async function listVerifiedCertificates(db: DbTx, input: z.output<typeof ZVerifiedCertificatesInput>) {
  const where: Prisma.OcopCertificateWhereInput = {
    status: "verified",
    ...(input.q
      ? {
          OR: [
            { product: { title: { contains: input.q, mode: "insensitive" } } },
            { product: { shop: { name: { contains: input.q, mode: "insensitive" } } } },
            { decisionNumber: { contains: input.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.ocopCertificate.findMany({
      where,
      orderBy: [{ reviewedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (input.page - 1) * CERTIFICATES_PAGE_SIZE,
      take: CERTIFICATES_PAGE_SIZE,
      select: {
        id: true,
        stars: true,
        decisionNumber: true,
        issuingAuthority: true,
        expiresAt: true,
        reviewedAt: true,
        reviewedBy: { select: { name: true } },
        product: { select: { title: true, slug: true, shop: { select: { name: true } } } },
      },
    }),
    db.ocopCertificate.count({ where }),
  ]);
  const items: VerifiedCertificateRow[] = rows.map((c) => ({
    id: c.id,
    stars: c.stars,
    decisionNumber: c.decisionNumber,
    issuingAuthority: c.issuingAuthority,
    expiresAt: c.expiresAt,
    reviewedAt: c.reviewedAt,
    reviewerName: c.reviewedBy?.name ?? null,
    productTitle: c.product.title,
    productSlug: c.product.slug,
    shopName: c.product.shop.name,
  }));
  return { items, total, page: input.page, pageSize: CERTIFICATES_PAGE_SIZE };
}
