import type { DbTx } from "@cho-phien/db";
import { bankByBin, maskAccountNo } from "@cho-phien/validators/banks";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { shopAccessWhere } from "./shop-access";

export interface ShopPayout {
  shopId: string;
  /** null when the shop has no payout account yet (shops opened before the form asked for one). */
  bankBin: string | null;
  bankName: string | null;
  /** "•••• 6789": the full number is never sent back, to anyone. */
  accountMasked: string | null;
  accountName: string | null;
}

/**
 * Where the platform pays a farm, as the farm's managers (owner, accepted helper, admin) see it: the bank and
 * the last four digits. Another farm's shop is "not found", exactly like an unknown id.
 */
export async function getShopPayout(db: DbTx, actor: UserActor, shopId: string): Promise<ShopPayout> {
  const shop = await db.shop.findFirst({
    where: { id: shopId, ...shopAccessWhere(actor) },
    select: { id: true, payoutBankBin: true, payoutAccountNo: true, payoutAccountName: true },
  });
  if (!shop) throw notFound("Không tìm thấy gian hàng bạn quản lý");
  const bank = shop.payoutBankBin ? bankByBin(shop.payoutBankBin) : undefined;
  return {
    shopId: shop.id,
    bankBin: shop.payoutBankBin,
    bankName: bank?.shortName ?? shop.payoutBankBin,
    accountMasked: shop.payoutAccountNo ? maskAccountNo(shop.payoutAccountNo) : null,
    accountName: shop.payoutAccountName,
  };
}
