import type { Db } from "@cho-phien/db";
import type { TRevokeCertificateInput } from "@cho-phien/validators/admin";
import type { UserActor } from "../../actor";
import { conflict, notFound } from "../../errors";
import { enqueueNotification } from "../notifications/enqueue-notification";
import { auditAdminAction } from "./audit-admin-action";

/**
 * An admin revokes a verified OCOP certificate (a withdrawn decision, a forged scan found later). The badge
 * disappears by itself: the catalog shows it only while a certificate is verified and unexpired. The reason
 * becomes the certificate's review note, is written to the audit log and is sent to the farm through the
 * outbox, all in one transaction. Only a verified certificate can be revoked; revoking twice changes nothing.
 */
export async function revokeCertificate(
  db: Db,
  actor: UserActor,
  input: TRevokeCertificateInput,
): Promise<{ certificateId: string; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const cert = await tx.ocopCertificate.findUnique({
      where: { id: input.certificateId },
      select: {
        id: true,
        status: true,
        stars: true,
        decisionNumber: true,
        product: {
          select: {
            id: true,
            title: true,
            shop: { select: { id: true, name: true, phone: true, owner: { select: { phoneNumber: true } } } },
          },
        },
      },
    });
    if (!cert) throw notFound("Không tìm thấy chứng nhận OCOP này");
    if (cert.status === "revoked") return { certificateId: cert.id, changed: false };
    // The status is checked in the UPDATE itself: a reviewer or the expiry job may change it meanwhile.
    const { count } = await tx.ocopCertificate.updateMany({
      where: { id: cert.id, status: "verified" },
      data: { status: "revoked", reviewNote: input.reason },
    });
    if (count === 0) {
      // A double submit that lost the race finds it revoked already: the same answer as a retry.
      const now = await tx.ocopCertificate.findUnique({ where: { id: cert.id }, select: { status: true } });
      if (now?.status === "revoked") return { certificateId: cert.id, changed: false };
      throw conflict(
        "Chỉ thu hồi được chứng nhận OCOP đang có hiệu lực (đã xác minh).",
        "CERTIFICATE_NOT_VERIFIED",
      );
    }
    await auditAdminAction(tx, actor, {
      action: "ocop.revoked",
      entityType: "OcopCertificate",
      entityId: cert.id,
      reason: input.reason,
      data: {
        productId: cert.product.id,
        shopId: cert.product.shop.id,
        stars: cert.stars,
        decisionNumber: cert.decisionNumber,
        from: "verified",
        to: "revoked",
      },
    });
    await enqueueNotification(tx, {
      topic: "ocop.certificate_revoked",
      recipient: cert.product.shop.phone ?? cert.product.shop.owner.phoneNumber,
      payload: {
        certificateId: cert.id,
        productTitle: cert.product.title,
        shopName: cert.product.shop.name,
        reason: input.reason,
      },
    });
    return { certificateId: cert.id, changed: true };
  });
}
