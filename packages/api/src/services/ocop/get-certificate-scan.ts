import type { CertificateStatus, DbTx } from "@cho-phien/db";
import type { TCertificateScanInput } from "@cho-phien/validators/ocop";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { parsePendingRevision } from "../listings/pending-revision";
import { shopAccessWhere } from "../shops/shop-access";

export interface CertificateScanView {
  productId: string;
  title: string;
  /** Where a new scan would go (setCertificateScan): the claim waiting for review, the one on file, or nowhere yet. */
  target: "revision" | "certificate" | null;
  /** The claim the scan documents, as the farm typed it. */
  claim: { stars: number; decisionNumber: string; issuingAuthority: string } | null;
  certificateStatus: CertificateStatus | null;
  /** The served path of the scan attached to that claim ("/media/…"), or null. */
  scanPath: string | null;
  scanIsPdf: boolean;
}

/** The certificate scan page of one listing of a shop the caller manages; another farm's id is "not found". */
export async function getCertificateScan(
  db: DbTx,
  actor: UserActor,
  input: TCertificateScanInput,
): Promise<CertificateScanView> {
  const p = await db.product.findFirst({
    where: { id: input.productId, shop: shopAccessWhere(actor) },
    select: { id: true, title: true, pendingRevision: true, ocop: true },
  });
  if (!p) throw notFound("Không tìm thấy sản phẩm này trong gian hàng bạn quản lý");
  const pending = parsePendingRevision(p.pendingRevision);
  const proposal = pending && "ocop" in pending ? (pending.ocop ?? null) : undefined;
  const claim = proposal === undefined ? p.ocop : proposal;
  // A proposal without its own scan is still documented by the certificate's scan until it replaces it.
  const scanPath = (proposal ? proposal.scanPath : null) ?? p.ocop?.scanPath ?? null;
  return {
    productId: p.id,
    title: p.title,
    target: !claim ? null : proposal !== undefined ? "revision" : "certificate",
    claim: claim
      ? { stars: claim.stars, decisionNumber: claim.decisionNumber, issuingAuthority: claim.issuingAuthority }
      : null,
    certificateStatus: p.ocop?.status ?? null,
    scanPath: claim ? scanPath : null,
    scanIsPdf: scanPath?.endsWith(".pdf") ?? false,
  };
}
