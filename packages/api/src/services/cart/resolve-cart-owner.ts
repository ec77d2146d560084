import type { Db } from "@cho-phien/db";
import type { CartOwner } from "./cart-owner";
import {
  clearGuestCookieHeader,
  guestCookieHeader,
  mintGuestToken,
  readGuestToken,
} from "./guest-cart-cookie";
import { mergeGuestCart } from "./merge-guest-cart";

export interface CartRequest {
  db: Db;
  user: { id: string } | null;
  headers: Headers;
  /** Where Set-Cookie goes (tRPC's resHeaders, or a Next route handler's response headers). */
  resHeaders?: Headers;
}

/**
 * Whose cart this request acts on. A signed-in user with a guest cookie gets the guest cart merged into
 * theirs and the cookie cleared: that is how "merge on sign-in" happens, on the first cart touch after it.
 * A guest without a cookie gets one only when `create` is set (a write), so browsing never mints carts.
 */
export async function resolveCartOwner(
  req: CartRequest,
  opts: { create: boolean },
): Promise<CartOwner | null> {
  const token = readGuestToken(req.headers);
  if (req.user) {
    if (token) {
      await mergeGuestCart(req.db, req.user.id, token);
      req.resHeaders?.append("Set-Cookie", clearGuestCookieHeader());
    }
    return { kind: "user", userId: req.user.id };
  }
  if (token) return { kind: "guest", token };
  if (!opts.create) return null;
  const minted = mintGuestToken();
  req.resHeaders?.append("Set-Cookie", guestCookieHeader(minted, req.headers));
  return { kind: "guest", token: minted };
}
