import type { DbTx } from "@cho-phien/db";
import { formatShortDateTimeVn } from "@cho-phien/validators/dates";
import { REVIEW_REASON_LABELS, type TReviewReasonCode } from "@cho-phien/validators/reviews";
import { conflict } from "../../errors";
import { liveClaim } from "./review-claim";

/** The loser of two decisions made at the same moment, or a decision on something already decided. */
export const decidedByOther = () =>
  conflict("Hồ sơ này vừa được cán bộ khác quyết định. Vui lòng tải lại trang.", "ALREADY_DECIDED");

/** The farm edited the listing after the reviewer opened it: they must read the new version first. */
export const staleReview = () =>
  conflict(
    "Nhà vườn vừa sửa tin này sau khi bạn mở. Vui lòng tải lại và xem bản mới trước khi quyết định.",
    "STALE_REVIEW",
  );

/**
 * Locks the listing row for the decision's transaction, only if it is still at the version the reviewer
 * read: `SELECT … FOR UPDATE` waits for a decision or farm edit already under way, then re-checks the version
 * on the row as committed. So of two reviewers deciding at once, the second finds the version moved and
 * records nothing. Returns false when the version moved (or the row is gone).
 */
export async function lockListingVersion(tx: DbTx, productId: string, version: number): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Product" WHERE id = ${productId} AND version = ${version} FOR UPDATE`;
  return rows.length > 0;
}

/**
 * Refuses a decision while another reviewer holds the item (they opened it and are reading it); the caller's
 * own claim, an expired one or none at all are fine.
 */
export async function assertNotHeldByOther(
  tx: DbTx,
  productId: string,
  me: string,
  now: Date,
): Promise<void> {
  const claim = await tx.reviewClaim.findUnique({
    where: { productId },
    select: { reviewerId: true, expiresAt: true, reviewer: { select: { name: true } } },
  });
  const live = liveClaim(claim, me, now);
  if (live && !live.mine) {
    throw conflict(
      `Cán bộ ${live.reviewerName} đang duyệt hồ sơ này (đến ${formatShortDateTimeVn(live.expiresAt)}). Vui lòng chọn hồ sơ khác.`,
      "HELD_BY_OTHER",
      { reviewerName: live.reviewerName, expiresAt: live.expiresAt.toISOString() },
    );
  }
}

/** What the farm reads about a decision: the checklist reason in words, then the reviewer's comment. */
export function reviewNoteText(
  reasonCode: TReviewReasonCode | null | undefined,
  comment?: string | null,
): string | null {
  const label = reasonCode && reasonCode !== "other" ? REVIEW_REASON_LABELS[reasonCode] : null;
  if (label && comment) return `${label}: ${comment}`;
  return label ?? comment ?? null;
}

/** Where the farm hears about a decision: the shop's phone, else its owner's. */
export function farmPhone(shop: {
  phone: string | null;
  owner: { phoneNumber: string | null };
}): string | null {
  return shop.phone ?? shop.owner.phoneNumber ?? null;
}
