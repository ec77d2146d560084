import type { Db } from "@cho-phien/db";
import type { Actor } from "../../actor";
import { badRequest, notFound } from "../../errors";
import { ORDER_TX } from "../orders/transaction-options";
import { markCheckoutPaid, type PaidOutcome } from "./mark-checkout-paid";

/**
 * An admin saw the transfer (note = checkout code) arrive in the platform's bank account. Idempotent: a
 * second click answers "already_paid". This is where a bank webhook (payOS, SePay) plugs in later: it
 * would call markCheckoutPaid with the transferred amount instead of an admin.
 */
export async function markTransferReceived(
  db: Db,
  args: { checkoutCode: string; actor: Actor },
): Promise<{ checkoutCode: string; outcome: PaidOutcome }> {
  return db.$transaction(async (tx) => {
    const checkout = await tx.checkout.findUnique({
      where: { code: args.checkoutCode },
      select: { id: true, code: true, paymentMethod: true },
    });
    if (!checkout) throw notFound(`Không tìm thấy đơn thanh toán ${args.checkoutCode}`);
    if (checkout.paymentMethod !== "vietqr") {
      throw badRequest("Đơn này không thanh toán bằng chuyển khoản VietQR", "NOT_A_TRANSFER");
    }
    const outcome = await markCheckoutPaid(tx, {
      checkoutId: checkout.id,
      actor: args.actor,
      source: "admin",
    });
    return { checkoutCode: checkout.code, outcome };
  }, ORDER_TX);
}
