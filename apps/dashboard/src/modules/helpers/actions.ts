"use server";

import { ZHelperShopInput, ZInviteHelperInput, ZRevokeHelperInput } from "@cho-phien/validators/helpers";
import { redirect } from "next/navigation";
import { getCaller } from "~/server/caller";
import { withParams } from "~/server/search-params";
import { type HelperOutcome, outcomeOfError } from "./outcome";

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

/** Back to the helpers page of the same shop, with the outcome as a fixed word. */
function backToHelpers(shopId: string | undefined, outcome: HelperOutcome): never {
  const shop = shopId && ZHelperShopInput.safeParse({ shopId }).success ? shopId : undefined;
  redirect(withParams("/seller/helpers", { shop, "ket-qua": outcome }));
}

function logUnexpected(outcome: HelperOutcome, e: unknown) {
  if (outcome === "error") console.error("[helpers] action failed", e);
}

/** "Gửi lời mời": the farmer invites someone by phone. A plain form post, works without JavaScript. */
export async function inviteHelperAction(formData: FormData): Promise<void> {
  const shopId = str(formData.get("shopId"));
  const parsed = ZInviteHelperInput.safeParse({ shopId, phone: str(formData.get("phone")) });
  if (!parsed.success) {
    backToHelpers(
      shopId,
      parsed.error.issues.some((i) => i.path[0] === "phone") ? "invalid_phone" : "invalid",
    );
  }
  let outcome: HelperOutcome;
  try {
    const r = await (await getCaller()).helpers.invite(parsed.data);
    outcome = r.status === "active" ? "already_helping" : "invited";
  } catch (e) {
    outcome = outcomeOfError(e);
    logUnexpected(outcome, e);
  }
  backToHelpers(parsed.data.shopId, outcome);
}

/** "Thu hồi quyền" (after the confirmation step): the helper can no longer act on the shop. */
export async function revokeHelperAction(formData: FormData): Promise<void> {
  const shopId = str(formData.get("shopId"));
  const parsed = ZRevokeHelperInput.safeParse({ shopId, userId: str(formData.get("userId")) });
  if (!parsed.success) backToHelpers(shopId, "invalid");
  let outcome: HelperOutcome;
  try {
    const r = await (await getCaller()).helpers.revoke(parsed.data);
    outcome = r.changed ? "revoked" : "already_revoked";
  } catch (e) {
    outcome = outcomeOfError(e);
    logUnexpected(outcome, e);
  }
  backToHelpers(parsed.data.shopId, outcome);
}

/** Back to the invitations page; after accepting, the shop's id lets the page link to its products. */
function backToInvitations(outcome: HelperOutcome, shopId?: string): never {
  redirect(withParams("/loi-moi", { "ket-qua": outcome, shop: shopId }));
}

/** "Nhận lời": the invited person agrees to help the farm. */
export async function acceptInviteAction(formData: FormData): Promise<void> {
  const parsed = ZHelperShopInput.safeParse({ shopId: str(formData.get("shopId")) });
  if (!parsed.success) backToInvitations("invalid");
  let outcome: HelperOutcome;
  try {
    await (await getCaller()).helpers.accept(parsed.data);
    outcome = "accepted";
  } catch (e) {
    outcome = outcomeOfError(e);
    logUnexpected(outcome, e);
  }
  backToInvitations(outcome, outcome === "accepted" ? parsed.data.shopId : undefined);
}

/** "Từ chối": the invited person says no. */
export async function declineInviteAction(formData: FormData): Promise<void> {
  const parsed = ZHelperShopInput.safeParse({ shopId: str(formData.get("shopId")) });
  if (!parsed.success) backToInvitations("invalid");
  let outcome: HelperOutcome;
  try {
    await (await getCaller()).helpers.decline(parsed.data);
    outcome = "declined";
  } catch (e) {
    outcome = outcomeOfError(e);
    logUnexpected(outcome, e);
  }
  backToInvitations(outcome);
}
