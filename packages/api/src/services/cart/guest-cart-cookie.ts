import { randomBytes } from "node:crypto";
import { readAuthEnv, useSecureCookies } from "@cho-phien/auth/env";
import { CART_COOKIE, CART_COOKIE_MAX_AGE_S, isGuestCartToken } from "@cho-phien/validators/cart";

/** 32 random bytes, base64url: unguessable, so holding the cookie is what makes a guest cart yours. */
export function mintGuestToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The guest-cart token from a request's Cookie header, if it has one we could have minted. */
export function readGuestToken(headers: Headers): string | null {
  const raw = headers.get("cookie");
  if (!raw) return null;
  for (const part of raw.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== CART_COOKIE) continue;
    const value = decodeURIComponent(part.slice(eq + 1).trim());
    return isGuestCartToken(value) ? value : null;
  }
  return null;
}

/**
 * httpOnly (scripts never see it), SameSite=Lax (cart forms are same-site posts), Secure whenever the public
 * site is https (STOREFRONT_URL, the same rule as the session cookie) or the request came over https; plain-http
 * development and demos would otherwise drop the cookie.
 */
export function guestCookieHeader(token: string, requestHeaders?: Headers): string {
  const https = useSecureCookies(readAuthEnv()) || requestHeaders?.get("x-forwarded-proto") === "https";
  const secure = https ? "; Secure" : "";
  return `${CART_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${CART_COOKIE_MAX_AGE_S}${secure}`;
}

export function clearGuestCookieHeader(): string {
  return `${CART_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}
