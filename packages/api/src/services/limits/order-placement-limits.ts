import type { DbTx } from "@cho-phien/db";
import type { TPlaceOrderInput } from "@cho-phien/validators/checkout";
import { DomainError } from "../../errors";
import { ABUSE_LIMITS, consumeLimit } from "./abuse-limits";

export interface PlacementClient {
  /** The address the production server established, or null (development, in-process callers). */
  ip: string | null;
  /** The signed-in buyer's phone (E.164), verified by a one-time code when the account was made. */
  accountPhone: string | null;
}

const TOO_MANY_ORDERS_VI = "Bạn đã đặt quá nhiều đơn trong một giờ. Vui lòng thử lại sau.";
export const COD_OPEN_LIMIT_VI = (n: number) =>
  `Số điện thoại này đang có ${n} đơn trả tiền khi nhận hàng chờ nhà vườn xác nhận. ` +
  "Vui lòng đợi nhà vườn xác nhận, hoặc đăng nhập bằng số điện thoại này (nhận mã qua tin nhắn) để đặt thêm.";

/**
 * Limits on placing orders, checked before a NEW checkout is written (a retry with the same idempotency key
 * is answered from the first one and costs nothing):
 * - per phone the order is for, and per client address: bursts of fake orders cost farmers real stock;
 * - cash on delivery for a phone nobody proved they own: at most 3 checkouts still waiting for a farm to accept.
 *   A COD order ties up stock on the farm's trust alone; a signed-in buyer whose account phone is the delivery
 *   phone proved it by one-time code and is not held to this.
 */
export async function enforceOrderPlacementLimits(
  db: DbTx,
  input: Pick<TPlaceOrderInput, "paymentMethod"> & { address: { phone: string } },
  client: PlacementClient,
): Promise<void> {
  const phone = client.accountPhone ?? input.address.phone;
  await consumeLimit(db, `order:phone:${phone}`, ABUSE_LIMITS.placeOrderPerPhone, TOO_MANY_ORDERS_VI);
  if (client.ip)
    await consumeLimit(db, `order:ip:${client.ip}`, ABUSE_LIMITS.placeOrderPerIp, TOO_MANY_ORDERS_VI);

  const provedPhone = client.accountPhone !== null && client.accountPhone === input.address.phone;
  if (input.paymentMethod !== "cod" || provedPhone) return;
  const open = await db.checkout.count({
    where: { buyerPhone: phone, paymentMethod: "cod", orders: { some: { status: "placed" } } },
  });
  const max = ABUSE_LIMITS.openCodOrdersPerUnverifiedPhone;
  if (open >= max) throw new DomainError("TOO_MANY_REQUESTS", COD_OPEN_LIMIT_VI(open), "COD_OPEN_LIMIT");
}

/** Whether a checkout with this idempotency key was already placed (its retry is not a new order). */
export async function checkoutExists(db: DbTx, idempotencyKey: string): Promise<boolean> {
  return (await db.checkout.count({ where: { idempotencyKey } })) > 0;
}
