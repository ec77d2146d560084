import type { Db, Prisma } from "@cho-phien/db";
import type { TSetCertificateScanInput } from "@cho-phien/validators/ocop";
import type { UserActor } from "../../actor";
import { conflict, notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { findSellerListing } from "../listings/find-seller-listing";
import { type PendingRevision, parsePendingRevision } from "../listings/pending-revision";
import { saveListingVersion } from "../listings/save-listing-version";

export const SCAN_NOT_FOUND_MESSAGE = "Không tìm thấy tệp bạn đã tải lên, vui lòng tải lại";
export const NO_OCOP_CLAIM_MESSAGE =
  "Sản phẩm chưa khai chứng nhận OCOP: nhập thông tin chứng nhận ở trang sửa sản phẩm trước, rồi tải bản chụp";

/**
 * Attaches the scan of the listing's OCOP certificate (a photo or PDF the caller uploaded) for the reviewer to
 * compare with what the farm typed. Who may: whoever may act on the shop (owner, granted helper, admin), and
 * only with an upload of their own: another person's upload id is "not found" like an unknown one.
 *
 * Where it goes follows the claim it documents: when an approved listing has an OCOP change waiting for
 * review, the scan joins that proposal (pendingRevision.ocop.scanPath, filed with it on approval) and the
 * certificate on sale keeps its own; otherwise it is set on the certificate row. The listing's version is
 * bumped for a proposal change, so an edit form open elsewhere cannot save over it unseen. Audited.
 */
export async function setCertificateScan(db: Db, actor: UserActor, input: TSetCertificateScanInput) {
  return db.$transaction(async (tx) => {
    const { product, by } = await findSellerListing(tx, actor, input.productId);
    const upload = await tx.upload.findFirst({
      where: { id: input.uploadId, ownerId: actor.id },
      select: { id: true, path: true, mime: true },
    });
    if (!upload) throw notFound(SCAN_NOT_FOUND_MESSAGE);

    const pending = parsePendingRevision(product.pendingRevision);
    const proposal = pending && "ocop" in pending;
    if (proposal ? !pending.ocop : !product.ocop) throw conflict(NO_OCOP_CLAIM_MESSAGE, "NO_OCOP_CLAIM");

    let version = product.version;
    let previous: string | null;
    if (proposal && pending.ocop) {
      previous = pending.ocop.scanPath ?? null;
      const next: PendingRevision = { ...pending, ocop: { ...pending.ocop, scanPath: upload.path } };
      version = await saveListingVersion(tx, product.id, product.version, {
        pendingRevision: next as Prisma.InputJsonObject,
      });
    } else {
      previous = product.ocop?.scanPath ?? null;
      await tx.ocopCertificate.update({ where: { productId: product.id }, data: { scanPath: upload.path } });
    }

    await appendAudit(tx, {
      actorId: by.id,
      actorRole: by.role,
      action: "ocop.scan_set",
      entityType: "Product",
      entityId: product.id,
      data: {
        uploadId: upload.id,
        scanPath: upload.path,
        mime: upload.mime,
        previous,
        pendingReview: proposal,
      },
    });
    return { productId: product.id, scanPath: upload.path, pendingReview: Boolean(proposal), version };
  });
}
