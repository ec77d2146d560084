/** The buyer app, which also serves product photos. */
export const STOREFRONT_URL = (process.env.STOREFRONT_URL ?? "http://localhost:3000").replace(/\/+$/, "");

/** A product photo path ("/uploads/x.webp") as a URL on the storefront; absolute URLs pass through. */
export function storefrontImage(path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${STOREFRONT_URL}${path.startsWith("/") ? "" : "/"}${path}`;
}
