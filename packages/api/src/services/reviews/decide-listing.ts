import { type Db, type ListingDecisionKind, type ListingStatus, Prisma } from "@cho-phien/db";
import { REVIEW_REASON_LABELS, type ZDecideListingInput } from "@cho-phien/validators/reviews";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { conflict } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { canMoveListing } from "../listings/listing-transitions";
import { applyPendingRevision } from "../listings/pending-revision";
import { enqueueNotification } from "../notifications/enqueue-notification";
import { ORDER_TX } from "../orders/transaction-options";
import {
  assertNotHeldByOther,
  decidedByOther,
  farmPhone,
  lockListingVersion,
  reviewNoteText,
  staleReview,
} from "./decision-guard";
import { releaseReviewClaim } from "./review-claim";
import { reviewNotFound, reviewScopeWhere } from "./review-scope";
import { waitingKind } from "./waiting-kind";

type TDecideListing = z.output<typeof ZDecideListingInput>;

const KIND: Record<TDecideListing["decision"], ListingDecisionKind> = {
  approve: "approved",
  request_changes: "changes_requested",
  reject: "rejected",
};

export interface ListingDecided {
  productId: string;
  /** The listing's version after the decision (what a later decision or farm edit must name). */
  version: number;
  listingStatus: ListingStatus;
  decision: ListingDecisionKind;
  revision: boolean;
  /** False when this was a retry of the caller's own decision, already recorded. */
  changed: boolean;
}

const PRODUCT_INCLUDE = {
  ocop: { select: { status: true } },
  shop: { select: { name: true, phone: true, owner: { select: { phoneNumber: true } } } },
} as const satisfies Prisma.ProductInclude;

/**
 * A reviewer decides a listing of their provinces, on the version they read.
 *
 * - New listing (submitted): approve puts it on sale, request changes sends it back to the farm, reject ends
 *   it; each a step of the transition table (canMoveListing, by "reviewer").
 * - Revision of a listing on sale: approve puts the revision on sale (applyPendingRevision) and the listing
 *   stays approved. Request changes keeps the proposal in pendingRevision so the farm can fix it and send it
 *   again, but takes it out of the queue (revisionSubmittedAt cleared). Reject drops the proposal. In both
 *   the approved version stays on sale untouched: buyers never see a refused edit.
 *
 * Exactly one decision per version, however many reviewers press at once: the row is locked at the version
 * read (lockListingVersion), the update is conditional on that version and status, and ListingDecision's
 * unique (productId, version) backs both. The loser gets CONFLICT (decidedByOther); a farm edit since the
 * page was opened is STALE_REVIEW. Every decision bumps the version (the farm's open edit form, loaded before
 * it, must reload), releases the claim, is audited and tells the farm through the outbox.
 */
export async function decideListing(
  db: Db,
  actor: UserActor,
  input: TDecideListing,
  now = new Date(),
): Promise<ListingDecided> {
  try {
    return await db.$transaction(async (tx) => {
      const scope = await reviewScopeWhere(tx, actor);
      const seen = await tx.product.findFirst({
        where: { AND: [{ id: input.productId }, scope] },
        select: { id: true },
      });
      if (!seen) throw reviewNotFound();

      const earlier = await tx.listingDecision.findUnique({
        where: { productId_version: { productId: seen.id, version: input.version } },
      });
      if (earlier) {
        // A retry of the caller's own decision (double tap, reload after a timeout) answers as the first did.
        if (earlier.reviewerId === actor.id && earlier.decision === KIND[input.decision]) {
          const p = await tx.product.findUniqueOrThrow({ where: { id: seen.id } });
          return {
            productId: p.id,
            version: p.version,
            listingStatus: p.listingStatus,
            decision: earlier.decision,
            revision: earlier.revision,
            changed: false,
          };
        }
        throw decidedByOther();
      }
      await assertNotHeldByOther(tx, seen.id, actor.id, now);
      if (!(await lockListingVersion(tx, seen.id, input.version))) {
        // Read again now that whatever moved the version has committed: a decision, or the farm's edit.
        const decided = await tx.listingDecision.count({
          where: { productId: seen.id, version: input.version },
        });
        throw decided > 0 ? decidedByOther() : staleReview();
      }
      // Read under the lock: this is the listing as the decision finds it.
      const p = await tx.product.findUniqueOrThrow({ where: { id: seen.id }, include: PRODUCT_INCLUDE });
      const kind = waitingKind(p);
      const decision = KIND[input.decision];
      const revision = kind === "revision";
      if (kind === "new") {
        if (!canMoveListing(p.listingStatus, decision, "reviewer")) throw decidedByOther();
      } else if (!revision) {
        throw conflict("Tin này không có gì đang chờ duyệt.", "NOTHING_TO_DECIDE");
      }

      const note = reviewNoteText(input.reasonCode, input.comment);
      const data: Prisma.ProductUpdateManyMutationInput = { version: { increment: 1 } };
      if (!revision) {
        data.listingStatus = decision;
        data.reviewNote = decision === "approved" ? (input.comment ?? null) : note;
        if (decision === "approved") data.approvedAt = now;
      } else if (decision === "approved") {
        // applyPendingRevision (below) moves the proposal onto the live listing and clears it.
        data.approvedAt = now;
        data.reviewNote = input.comment ?? null;
      } else {
        data.reviewNote = note;
        data.revisionSubmittedAt = null;
        if (decision === "rejected") data.pendingRevision = Prisma.DbNull;
      }
      const { count } = await tx.product.updateMany({
        where: {
          id: p.id,
          version: input.version,
          listingStatus: p.listingStatus,
          ...(revision ? { revisionSubmittedAt: { not: null } } : {}),
        },
        data,
      });
      if (count === 0) throw decidedByOther();
      const applied = revision && decision === "approved" ? await applyPendingRevision(tx, p.id) : [];

      await tx.listingDecision.create({
        data: {
          productId: p.id,
          version: input.version,
          revision,
          decision,
          reasonCode: input.reasonCode ?? null,
          comment: input.comment ?? null,
          reviewerId: actor.id,
        },
      });
      await releaseReviewClaim(tx, p.id);
      const listingStatus = revision ? p.listingStatus : decision;
      await appendAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: revision ? `listing.revision_${decision}` : `listing.${decision}`,
        entityType: "Product",
        entityId: p.id,
        data: {
          version: input.version + 1,
          decidedVersion: input.version,
          decision,
          revision,
          from: p.listingStatus,
          to: listingStatus,
          reasonCode: input.reasonCode ?? null,
          comment: input.comment ?? null,
          ...(applied.length ? { applied } : {}),
        },
      });
      await enqueueNotification(tx, {
        topic: "listing.reviewed",
        recipient: farmPhone(p.shop),
        payload: {
          productId: p.id,
          productTitle: p.title,
          shopName: p.shop.name,
          decision,
          revision,
          reason: input.reasonCode ? REVIEW_REASON_LABELS[input.reasonCode] : null,
          comment: input.comment ?? null,
        },
      });
      return {
        productId: p.id,
        version: input.version + 1,
        listingStatus,
        decision,
        revision,
        changed: true,
      };
    }, ORDER_TX);
  } catch (e) {
    // Backstop: two decisions got past the lock on the same version; the unique key kept only one.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw decidedByOther();
    throw e;
  }
}
