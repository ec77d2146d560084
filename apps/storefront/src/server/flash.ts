import { randomBytes } from "node:crypto";

/**
 * One-time messages after a form post ("Đã thêm vào giỏ", "Chỉ còn 3 kg"). The text travels in a short-lived
 * httpOnly cookie, and the page shows it only when the URL carries the matching id: a message never appears
 * on a later visit, and nobody can craft a link that makes our page display their text.
 */
export const FLASH_COOKIE = "cp_flash";
export type FlashKind = "ok" | "error";
export interface Flash {
  kind: FlashKind;
  message: string;
}

const MAX_MESSAGE = 600;

export function flashCookie(kind: FlashKind, message: string): { id: string; cookie: string } {
  const id = randomBytes(6).toString("base64url");
  const value = encodeURIComponent(JSON.stringify({ id, kind, message: message.slice(0, MAX_MESSAGE) }));
  return { id, cookie: `${FLASH_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=120` };
}

/** The flash for this URL's id, or null (wrong id, expired, tampered). */
export function readFlash(cookieValue: string | undefined, id: string | string[] | undefined): Flash | null {
  if (!cookieValue || typeof id !== "string" || !id) return null;
  try {
    const v = JSON.parse(decodeURIComponent(cookieValue)) as {
      id?: unknown;
      kind?: unknown;
      message?: unknown;
    };
    if (v.id !== id || typeof v.message !== "string") return null;
    return { kind: v.kind === "ok" ? "ok" : "error", message: v.message.slice(0, MAX_MESSAGE) };
  } catch {
    return null;
  }
}

/** Adds the flash id to a path's query string. */
export function withFlash(path: string, id: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}f=${id}`;
}
