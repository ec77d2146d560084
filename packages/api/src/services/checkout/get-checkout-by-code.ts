import type { DbTx } from "@cho-phien/db";
import type { TCheckoutByCodeInput } from "@cho-phien/validators/checkout";
import { notFound } from "../../errors";
import { type CheckoutView, findCheckoutRecord, toCheckoutView } from "./checkout-view";

/**
 * A checkout for its buyer: the signed-in account that placed it, or anyone who gives its code with the
 * phone number it was placed with (guests). Someone else's code answers "not found", exactly like an
 * unknown code, so codes cannot be probed.
 */
export async function getCheckoutByCode(
  db: DbTx,
  viewer: { userId: string | null },
  input: TCheckoutByCodeInput,
): Promise<CheckoutView> {
  const c = await findCheckoutRecord(db, { code: input.code });
  const mine =
    c &&
    ((viewer.userId !== null && c.buyerId === viewer.userId) ||
      (input.phone !== undefined && input.phone === c.buyerPhone));
  if (!c || !mine) throw notFound("Không tìm thấy đơn hàng. Vui lòng kiểm tra mã đơn và số điện thoại.");
  return toCheckoutView(c);
}
