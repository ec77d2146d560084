import type { DbTx } from "@cho-phien/db";

/** How long opening an item holds it for the reviewer: long enough to read a listing and its certificate. */
export const REVIEW_CLAIM_MINUTES = 15;

export interface ReviewClaimHolder {
  reviewerId: string;
  reviewerName: string;
  expiresAt: Date;
}

/**
 * Holds a listing for `reviewerId` for REVIEW_CLAIM_MINUTES, unless someone else holds it. One statement:
 * the row is inserted, or taken over only when it is this reviewer's own or has expired, so two reviewers
 * opening the same item at once never both believe they hold it. Returns whoever holds it afterwards (this
 * reviewer, renewed; or the other one, untouched).
 */
export async function claimReviewItem(
  db: DbTx,
  productId: string,
  reviewerId: string,
  now = new Date(),
): Promise<ReviewClaimHolder | null> {
  const until = new Date(now.getTime() + REVIEW_CLAIM_MINUTES * 60_000);
  await db.$executeRaw`
    INSERT INTO "ReviewClaim" ("productId", "reviewerId", "expiresAt", "createdAt")
    VALUES (${productId}, ${reviewerId}, ${until}, ${now})
    ON CONFLICT ("productId") DO UPDATE
       SET "reviewerId" = EXCLUDED."reviewerId",
           "expiresAt" = EXCLUDED."expiresAt",
           "createdAt" = CASE WHEN "ReviewClaim"."reviewerId" = EXCLUDED."reviewerId"
                              THEN "ReviewClaim"."createdAt" ELSE EXCLUDED."createdAt" END
     WHERE "ReviewClaim"."reviewerId" = EXCLUDED."reviewerId" OR "ReviewClaim"."expiresAt" <= ${now}`;
  const holder = await db.reviewClaim.findUnique({
    where: { productId },
    select: { reviewerId: true, expiresAt: true, reviewer: { select: { name: true } } },
  });
  return holder
    ? { reviewerId: holder.reviewerId, reviewerName: holder.reviewer.name, expiresAt: holder.expiresAt }
    : null;
}

/** A decision ends the hold: the item leaves the queue, or (something still waiting) is free to open again. */
export async function releaseReviewClaim(db: DbTx, productId: string): Promise<void> {
  await db.reviewClaim.deleteMany({ where: { productId } });
}

/** A claim as others see it: live ones only (an expired claim is free). */
export function liveClaim(
  claim: { reviewerId: string; expiresAt: Date; reviewer: { name: string } } | null,
  me: string,
  now: Date,
): { reviewerName: string; mine: boolean; expiresAt: Date } | null {
  if (!claim || claim.expiresAt <= now) return null;
  return { reviewerName: claim.reviewer.name, mine: claim.reviewerId === me, expiresAt: claim.expiresAt };
}
