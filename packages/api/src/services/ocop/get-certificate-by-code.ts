import type { DbTx, OcopLevel } from "@cho-phien/db";
import { provinceByCode } from "@cho-phien/validators/provinces";
import { notFound } from "../../errors";
import { COVER_PHOTO, type PhotoCover, toPhotoCover } from "../catalog/product-photo";
import { isPublicProduct } from "../catalog/public-product";
import { type CertificateStanding, certificateStanding } from "./certificate-standing";

export interface CertificateVerification {
  code: string;
  standing: CertificateStanding;
  /** When the standing was computed: the page says "as of". */
  checkedAt: Date;
  stars: number;
  decisionNumber: string;
  issuingAuthority: string;
  issuingLevel: OcopLevel;
  signedAt: Date;
  expiresAt: Date;
  productGroup: string | null;
  producer: string | null;
  traceabilityCode: string | null;
  product: {
    title: string;
    /** Set only while buyers may see the listing (publicProductWhere): the page links to it and shows its photo. */
    slug: string | null;
    cover: PhotoCover | null;
  };
  shop: {
    name: string;
    /** Set only while the shop is open to buyers. */
    slug: string | null;
    provinceName: string;
    communeName: string;
  };
}

const UNKNOWN_CODE = "Không tìm thấy chứng nhận OCOP với mã này";

/**
 * The public verification page behind a certificate's QR code (/ocop/<code>): the decision as a reviewer
 * confirmed it and its standing now. Anyone may read it (it repeats a public decision); the farm's phone and
 * address are left out. An unknown code, or a certificate that was never confirmed (pending, rejected), is
 * "not found" alike. The listing's photo and link appear only while the listing itself is public.
 */
export async function getCertificateByCode(
  db: DbTx,
  code: string,
  now: Date = new Date(),
): Promise<CertificateVerification> {
  const cert = await db.ocopCertificate.findUnique({
    where: { publicCode: code },
    select: {
      publicCode: true,
      status: true,
      stars: true,
      decisionNumber: true,
      issuingAuthority: true,
      issuingLevel: true,
      signedAt: true,
      expiresAt: true,
      productGroup: true,
      producer: true,
      traceabilityCode: true,
      product: {
        select: {
          title: true,
          slug: true,
          listingStatus: true,
          images: COVER_PHOTO,
          shop: {
            select: { name: true, slug: true, active: true, provinceCode: true, communeName: true },
          },
        },
      },
    },
  });
  const standing = cert ? certificateStanding(cert, now) : null;
  if (!cert || !standing) throw notFound(UNKNOWN_CODE);

  const { product } = cert;
  const visible = isPublicProduct(product);
  return {
    code: cert.publicCode ?? code,
    standing,
    checkedAt: now,
    stars: cert.stars,
    decisionNumber: cert.decisionNumber,
    issuingAuthority: cert.issuingAuthority,
    issuingLevel: cert.issuingLevel,
    signedAt: cert.signedAt,
    expiresAt: cert.expiresAt,
    productGroup: cert.productGroup,
    producer: cert.producer,
    traceabilityCode: cert.traceabilityCode,
    product: {
      title: product.title,
      slug: visible ? product.slug : null,
      // The photos of a listing buyers cannot see were never shown publicly: none here either.
      cover: visible ? toPhotoCover(product.images[0]) : null,
    },
    shop: {
      name: product.shop.name,
      slug: product.shop.active ? product.shop.slug : null,
      provinceName: provinceByCode(product.shop.provinceCode)?.name ?? product.shop.provinceCode,
      communeName: product.shop.communeName,
    },
  };
}
