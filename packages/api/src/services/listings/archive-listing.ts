import type { Db } from "@cho-phien/db";
import type { ZListingActionInput } from "@cho-phien/validators/listings";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { appendAudit } from "../audit/append-audit";
import type { ListingSaved } from "./create-listing";
import { findSellerListing } from "./find-seller-listing";
import { listingStepRefused } from "./listing-step-refused";
import { canMoveListing } from "./listing-transitions";
import { parsePendingRevision } from "./pending-revision";
import { saveListingVersion, staleListing } from "./save-listing-version";

/** The farm pauses a listing ("Tạm ngừng bán"): buyers stop seeing it at once. Pausing twice changes nothing. */
export async function archiveListing(
  db: Db,
  actor: UserActor,
  input: z.output<typeof ZListingActionInput>,
): Promise<ListingSaved & { changed: boolean }> {
  return db.$transaction(async (tx) => {
    const { product: p, by } = await findSellerListing(tx, actor, input.productId);
    const expected = input.version ?? p.version;
    if (p.version !== expected) throw staleListing();
    const hasPendingRevision = parsePendingRevision(p.pendingRevision) !== null;
    if (p.listingStatus === "archived") {
      return {
        productId: p.id,
        slug: p.slug,
        version: p.version,
        listingStatus: "archived",
        hasPendingRevision,
        changed: false,
      };
    }
    if (!canMoveListing(p.listingStatus, "archived", "seller"))
      throw listingStepRefused(p.listingStatus, "tạm ngừng bán");
    const version = await saveListingVersion(tx, p.id, expected, { listingStatus: "archived" });
    await appendAudit(tx, {
      actorId: by.id,
      actorRole: by.role,
      action: "listing.archived",
      entityType: "Product",
      entityId: p.id,
      data: { version, from: p.listingStatus, to: "archived" },
    });
    return {
      productId: p.id,
      slug: p.slug,
      version,
      listingStatus: "archived",
      hasPendingRevision,
      changed: true,
    };
  });
}
