import type { DbTx, Prisma } from "@cho-phien/db";
import { conflict } from "../../errors";

export const STALE_LISTING_MESSAGE = "Sản phẩm vừa được sửa ở nơi khác, vui lòng tải lại";

/** The refusal of a save made from an older copy of the listing (another tab or person saved first). */
export const staleListing = () => conflict(STALE_LISTING_MESSAGE, "STALE_LISTING");

/**
 * Writes a listing only if it is still at the version the farmer edited, and bumps the version:
 * `UPDATE … WHERE id = $1 AND version = $2`. Two saves of the same version: the later one changes no row and
 * is refused (STALE_LISTING) instead of silently overwriting the first. Returns the new version.
 */
export async function saveListingVersion(
  tx: DbTx,
  productId: string,
  expectedVersion: number,
  data: Prisma.ProductUpdateManyMutationInput,
): Promise<number> {
  const { count } = await tx.product.updateMany({
    where: { id: productId, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw staleListing();
  return expectedVersion + 1;
}
