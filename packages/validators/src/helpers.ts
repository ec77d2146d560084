import { z } from "zod";
import { ZRowId } from "./pagination";
import { ZVnPhone } from "./phone";

/**
 * Village digital-team helpers: the farmer invites someone by their phone number, the helper accepts, and the
 * farmer can revoke them at any time.
 */

/** The farmer invites a helper to one of their shops by the phone number the helper signs in with. */
export const ZInviteHelperInput = z.object({
  shopId: ZRowId,
  phone: ZVnPhone,
});
export type TInviteHelperInput = z.output<typeof ZInviteHelperInput>;

/** One shop: its helper list, or the invitation to it the signed-in user accepts or declines. */
export const ZHelperShopInput = z.object({
  shopId: ZRowId,
});
export type THelperShopInput = z.infer<typeof ZHelperShopInput>;

/** The farmer takes a helper's access away. */
export const ZRevokeHelperInput = z.object({
  shopId: ZRowId,
  userId: ZRowId,
});
export type TRevokeHelperInput = z.infer<typeof ZRevokeHelperInput>;

/** Where a helper stands with a shop, as the farmer sees it. */
export const HELPER_STATUSES = ["pending", "active", "revoked"] as const;
export type THelperStatus = (typeof HELPER_STATUSES)[number];

export const HELPER_STATUS_LABEL: Record<THelperStatus, string> = {
  pending: "Đang chờ nhận lời",
  active: "Đang giúp",
  revoked: "Đã thu hồi",
};
