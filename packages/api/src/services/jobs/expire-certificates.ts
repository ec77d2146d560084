import type { Db } from "@cho-phien/db";
import { appendAudit } from "../audit/append-audit";
import { enqueueNotification } from "../notifications/enqueue-notification";

/** How long before its expiry date a farm is reminded to renew its OCOP certificate. */
export const OCOP_EXPIRY_WARNING_DAYS = 30;

export interface CertificateSweepResult {
  /** Certificates whose farm was reminded in this run. */
  warned: string[];
  /** Certificates marked expired in this run. */
  expired: string[];
}

const SHOP_CONTACT = {
  select: {
    id: true,
    title: true,
    shop: { select: { id: true, name: true, phone: true, owner: { select: { phoneNumber: true } } } },
  },
} as const;

/**
 * The daily OCOP sweep. The badge needs none of it (it is computed at read time and vanishes the moment
 * expiresAt passes); this is for the farm and the record:
 * - a verified certificate within 30 days of expiry: the farm gets one reminder to renew ("ocop.expiring");
 * - a verified certificate past expiry: marked `expired` (with expiredAt), audited as the system, and the farm
 *   told ("ocop.expired").
 * Each is done exactly once, however many workers run the sweep at the same moment: the row is changed by a
 * conditional UPDATE (expiryWarnedAt still null / status still verified) in the same transaction as the
 * outbox message and the audit entry. A second worker's UPDATE waits for the first to commit, re-reads the
 * row, matches nothing and sends nothing; a rollback leaves neither the mark nor the message.
 */
export async function expireCertificates(
  db: Db,
  opts: { now?: Date; limit?: number } = {},
): Promise<CertificateSweepResult> {
  const now = opts.now ?? new Date();
  const limit = opts.limit ?? 500;
  const warnFrom = new Date(now.getTime() + OCOP_EXPIRY_WARNING_DAYS * 86_400_000);
  const result: CertificateSweepResult = { warned: [], expired: [] };

  const expiring = await db.ocopCertificate.findMany({
    where: { status: "verified", expiryWarnedAt: null, expiresAt: { gt: now, lte: warnFrom } },
    select: { id: true },
    orderBy: { expiresAt: "asc" },
    take: limit,
  });
  for (const { id } of expiring) {
    const warned = await db.$transaction(async (tx) => {
      const { count } = await tx.ocopCertificate.updateMany({
        where: { id, status: "verified", expiryWarnedAt: null, expiresAt: { gt: now, lte: warnFrom } },
        data: { expiryWarnedAt: now },
      });
      if (count === 0) return false;
      const cert = await tx.ocopCertificate.findUniqueOrThrow({
        where: { id },
        select: { expiresAt: true, decisionNumber: true, stars: true, product: SHOP_CONTACT },
      });
      await enqueueNotification(tx, {
        topic: "ocop.expiring",
        recipient: cert.product.shop.phone ?? cert.product.shop.owner.phoneNumber,
        payload: {
          certificateId: id,
          productTitle: cert.product.title,
          shopName: cert.product.shop.name,
          decisionNumber: cert.decisionNumber,
          expiresAt: cert.expiresAt.toISOString(),
        },
      });
      return true;
    });
    if (warned) result.warned.push(id);
  }

  const lapsed = await db.ocopCertificate.findMany({
    where: { status: "verified", expiresAt: { lte: now } },
    select: { id: true },
    orderBy: { expiresAt: "asc" },
    take: limit,
  });
  for (const { id } of lapsed) {
    const expired = await db.$transaction(async (tx) => {
      const { count } = await tx.ocopCertificate.updateMany({
        where: { id, status: "verified", expiresAt: { lte: now } },
        data: { status: "expired", expiredAt: now },
      });
      if (count === 0) return false;
      const cert = await tx.ocopCertificate.findUniqueOrThrow({
        where: { id },
        select: { expiresAt: true, decisionNumber: true, stars: true, product: SHOP_CONTACT },
      });
      await appendAudit(tx, {
        actorId: null,
        actorRole: "system",
        action: "ocop.expired",
        entityType: "OcopCertificate",
        entityId: id,
        data: {
          productId: cert.product.id,
          shopId: cert.product.shop.id,
          stars: cert.stars,
          decisionNumber: cert.decisionNumber,
          expiresAt: cert.expiresAt.toISOString(),
          from: "verified",
          to: "expired",
        },
      });
      await enqueueNotification(tx, {
        topic: "ocop.expired",
        recipient: cert.product.shop.phone ?? cert.product.shop.owner.phoneNumber,
        payload: {
          certificateId: id,
          productTitle: cert.product.title,
          shopName: cert.product.shop.name,
          decisionNumber: cert.decisionNumber,
          expiresAt: cert.expiresAt.toISOString(),
        },
      });
      return true;
    });
    if (expired) result.expired.push(id);
  }
  return result;
}
