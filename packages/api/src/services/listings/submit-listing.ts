import type { Db } from "@cho-phien/db";
import type { ZListingActionInput } from "@cho-phien/validators/listings";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { conflict } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import type { ListingSaved } from "./create-listing";
import { findSellerListing } from "./find-seller-listing";
import { listingStepRefused } from "./listing-step-refused";
import { canMoveListing } from "./listing-transitions";
import { parsePendingRevision } from "./pending-revision";
import { saveListingVersion, staleListing } from "./save-listing-version";

/**
 * The farm sends a listing for review: a draft or a sent-back listing becomes "submitted" (through the
 * transition table); an approved listing with edits waiting sends those edits (revisionSubmittedAt) while it
 * stays on sale. Sending the same revision twice changes nothing.
 */
export async function submitListing(
  db: Db,
  actor: UserActor,
  input: z.output<typeof ZListingActionInput>,
): Promise<ListingSaved & { changed: boolean }> {
  return db.$transaction(async (tx) => {
    const { product: p, by } = await findSellerListing(tx, actor, input.productId);
    const expected = input.version ?? p.version;
    if (p.version !== expected) throw staleListing();
    const result = { productId: p.id, slug: p.slug };

    if (p.listingStatus === "approved") {
      const pending = parsePendingRevision(p.pendingRevision);
      if (!pending || Object.keys(pending).length === 0) {
        throw conflict("Sản phẩm đang bán và không có thay đổi nào cần gửi duyệt.", "NOTHING_TO_SUBMIT");
      }
      if (p.revisionSubmittedAt) {
        return {
          ...result,
          version: p.version,
          listingStatus: p.listingStatus,
          hasPendingRevision: true,
          changed: false,
        };
      }
      const version = await saveListingVersion(tx, p.id, expected, { revisionSubmittedAt: new Date() });
      await appendAudit(tx, {
        actorId: by.id,
        actorRole: by.role,
        action: "listing.revision_submitted",
        entityType: "Product",
        entityId: p.id,
        data: { version, fields: Object.keys(pending) },
      });
      return { ...result, version, listingStatus: p.listingStatus, hasPendingRevision: true, changed: true };
    }

    if (!canMoveListing(p.listingStatus, "submitted", "seller"))
      throw listingStepRefused(p.listingStatus, "gửi duyệt");
    const version = await saveListingVersion(tx, p.id, expected, {
      listingStatus: "submitted",
      submittedAt: new Date(),
    });
    await appendAudit(tx, {
      actorId: by.id,
      actorRole: by.role,
      action: "listing.submitted",
      entityType: "Product",
      entityId: p.id,
      data: { version, from: p.listingStatus, to: "submitted" },
    });
    return { ...result, version, listingStatus: "submitted", hasPendingRevision: false, changed: true };
  });
}
