/**
 * A guest's phone (E.164) after they order or look an order up: it is what proves a guest checkout is
 * theirs (checkout.byCode and /orders/[code] take code + phone), so the confirmation page opens right
 * after ordering without asking again. httpOnly; 30 days.
 */
export const BUYER_PHONE_COOKIE = "cp_buyer_phone";

export function buyerPhoneCookie(e164: string): string {
  return `${BUYER_PHONE_COOKIE}=${encodeURIComponent(e164)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${30 * 24 * 3600}`;
}
