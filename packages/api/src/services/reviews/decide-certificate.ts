import { type Db, Prisma } from "@cho-phien/db";
import { formatDateVn } from "@cho-phien/validators/dates";
import { signedByAbolishedDistrict } from "@cho-phien/validators/ocop";
import type { ZDecideCertificateInput } from "@cho-phien/validators/reviews";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { conflict, notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { enqueueNotification } from "../notifications/enqueue-notification";
import { newOcopPublicCode } from "../ocop/public-code";
import { ORDER_TX } from "../orders/transaction-options";
import {
  assertNotHeldByOther,
  decidedByOther,
  farmPhone,
  lockListingVersion,
  staleReview,
} from "./decision-guard";
import { releaseReviewClaim } from "./review-claim";
import { reviewNotFound, reviewScopeWhere } from "./review-scope";
import { waitingKind } from "./waiting-kind";

type TDecideCertificate = z.output<typeof ZDecideCertificateInput>;

export interface CertificateDecided {
  productId: string;
  status: "verified" | "rejected";
  /** The public verification code (/ocop/<code>) of a verified certificate. */
  publicCode: string | null;
}

/**
 * A reviewer decides a listing's OCOP claim against the scan the farm uploaded, separately from the listing:
 * verify (the badge shows to buyers from now on; the reviewer names the printed fields they checked) or
 * reject (with the reason, which the farm reads). Only a pending certificate of a listing waiting in the
 * reviewer's provinces, on the listing version they read; a certificate already expired cannot be verified.
 *
 * The same rule as listing decisions for two reviewers at once: the listing row is locked at the version read,
 * the certificate is re-read under the lock and updated only while still pending, so the second finds it
 * decided (CONFLICT). The listing's version is not bumped: the listing itself did not change, and the same
 * reviewer may go on to decide it from the same page.
 */
export async function decideCertificate(
  db: Db,
  actor: UserActor,
  input: TDecideCertificate,
  now = new Date(),
): Promise<CertificateDecided> {
  try {
    return await db.$transaction(async (tx) => {
      const scope = await reviewScopeWhere(tx, actor);
      const seen = await tx.product.findFirst({
        where: { AND: [{ id: input.productId }, scope] },
        select: { id: true, version: true },
      });
      if (!seen) throw reviewNotFound();
      await assertNotHeldByOther(tx, seen.id, actor.id, now);
      if (!(await lockListingVersion(tx, seen.id, input.version))) {
        const decided = await tx.listingDecision.count({
          where: { productId: seen.id, version: input.version },
        });
        throw decided > 0 ? decidedByOther() : staleReview();
      }
      const p = await tx.product.findUniqueOrThrow({
        where: { id: seen.id },
        include: {
          ocop: true,
          shop: { select: { name: true, phone: true, owner: { select: { phoneNumber: true } } } },
        },
      });
      const cert = p.ocop;
      if (!cert) throw notFound("Tin này không có chứng nhận OCOP nào để duyệt");
      if (cert.status !== "pending") throw decidedByOther();
      if (waitingKind(p) === null) throw conflict("Tin này không có gì đang chờ duyệt.", "NOTHING_TO_DECIDE");
      const verify = input.decision === "verify";
      if (verify && cert.expiresAt <= now) {
        throw conflict(
          `Chứng nhận OCOP đã hết hạn ngày ${formatDateVn(cert.expiresAt)}, không thể xác minh. Hãy từ chối và đề nghị nhà vườn cập nhật chứng nhận mới.`,
          "CERTIFICATE_EXPIRED",
        );
      }
      // Claims made before this rule existed (or typed straight into the database) meet it here too.
      if (verify && signedByAbolishedDistrict(cert)) {
        throw conflict(
          `Quyết định ký ngày ${formatDateVn(cert.signedAt)} không thể do cấp huyện cấp: từ 1/7/2025 không còn cấp huyện. Hãy từ chối và đề nghị nhà vườn kiểm tra lại chứng nhận.`,
          "DISTRICT_AFTER_REFORM",
        );
      }

      // A re-verified certificate keeps its code: the QR already printed on packaging must keep working.
      const publicCode = verify ? (cert.publicCode ?? newOcopPublicCode()) : cert.publicCode;
      const { count } = await tx.ocopCertificate.updateMany({
        where: { id: cert.id, status: "pending" },
        data: verify
          ? {
              status: "verified",
              reviewedById: actor.id,
              reviewedAt: now,
              reviewNote: input.comment ?? null,
              verifiedFields: input.checkedFields,
              publicCode,
              // A new verification starts the expiry reminders afresh.
              expiryWarnedAt: null,
              expiredAt: null,
            }
          : {
              status: "rejected",
              reviewedById: actor.id,
              reviewedAt: now,
              reviewNote: input.comment ?? null,
              verifiedFields: input.checkedFields.length ? input.checkedFields : Prisma.DbNull,
            },
      });
      if (count === 0) throw decidedByOther();
      await releaseReviewClaim(tx, p.id);

      const status = verify ? "verified" : "rejected";
      await appendAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: `ocop.${status}`,
        entityType: "Product",
        entityId: p.id,
        data: {
          version: input.version,
          certificateId: cert.id,
          decision: status,
          stars: cert.stars,
          decisionNumber: cert.decisionNumber,
          checkedFields: input.checkedFields,
          comment: input.comment ?? null,
          ...(verify ? { publicCode } : {}),
        },
      });
      await enqueueNotification(tx, {
        topic: "ocop.reviewed",
        recipient: farmPhone(p.shop),
        payload: {
          productId: p.id,
          productTitle: p.title,
          shopName: p.shop.name,
          decision: status,
          stars: cert.stars,
          comment: input.comment ?? null,
          publicCode: verify ? publicCode : null,
        },
      });
      return { productId: p.id, status, publicCode: verify ? publicCode : null };
    }, ORDER_TX);
  } catch (e) {
    // Two verifications drew the same public code (vanishingly rare): the unique key refused the second.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw conflict("Hệ thống đang bận, vui lòng thử lại.", "PUBLIC_CODE_TAKEN");
    }
    throw e;
  }
}
