import type { Db } from "@cho-phien/db";
import type { ZListingActionInput } from "@cho-phien/validators/listings";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { appendAudit } from "../audit/append-audit";
import type { ListingSaved } from "./create-listing";
import { findSellerListing } from "./find-seller-listing";
import { listingStepRefused } from "./listing-step-refused";
import { canMoveListing } from "./listing-transitions";
import { applyPendingRevision, parsePendingRevision } from "./pending-revision";
import { saveListingVersion, staleListing } from "./save-listing-version";

/**
 * The farm puts a paused listing back ("Bán lại"). Approved before and not edited since: straight back on
 * sale. Otherwise it becomes a draft, with any edits that were waiting for review folded into it (the whole
 * draft is reviewed when it is submitted), and its old approval no longer counts.
 */
export async function restoreListing(
  db: Db,
  actor: UserActor,
  input: z.output<typeof ZListingActionInput>,
): Promise<ListingSaved> {
  return db.$transaction(async (tx) => {
    const { product: p, by } = await findSellerListing(tx, actor, input.productId);
    const expected = input.version ?? p.version;
    if (p.version !== expected) throw staleListing();
    const pending = parsePendingRevision(p.pendingRevision);
    const to = p.approvedAt !== null && pending === null ? "approved" : "draft";
    if (p.listingStatus !== "archived" || !canMoveListing(p.listingStatus, to, "seller")) {
      throw listingStepRefused(p.listingStatus, "bán lại");
    }
    let version: number;
    if (to === "approved") {
      version = await saveListingVersion(tx, p.id, expected, { listingStatus: "approved" });
    } else {
      version = await saveListingVersion(tx, p.id, expected, { listingStatus: "draft", approvedAt: null });
      // Folded in by the same code a reviewer's approval runs, photos included.
      await applyPendingRevision(tx, p.id);
    }
    await appendAudit(tx, {
      actorId: by.id,
      actorRole: by.role,
      action: "listing.restored",
      entityType: "Product",
      entityId: p.id,
      data: { version, from: "archived", to, foldedRevision: to === "draft" && pending !== null },
    });
    return { productId: p.id, slug: p.slug, version, listingStatus: to, hasPendingRevision: false };
  });
}
