import { normalizeVnPhone } from "@cho-phien/validators/phone";
import { cookies } from "next/headers";
import { BUYER_PHONE_COOKIE } from "~/modules/checkout/buyer-phone-cookie";

/**
 * The guest's phone, from the cookie checkout (or the order lookup form) left: with the order code it is
 * what lets a guest open /orders/[code]. Signed-in buyers need none.
 */
export async function guestPhone(): Promise<string | undefined> {
  const raw = (await cookies()).get(BUYER_PHONE_COOKIE)?.value;
  if (!raw) return undefined;
  return normalizeVnPhone(decodeURIComponent(raw)) ?? undefined;
}
