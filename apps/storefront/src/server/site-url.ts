/** The storefront's public origin, for absolute links in Open Graph tags and JSON-LD. */
export const SITE_URL = (process.env.STOREFRONT_URL ?? "http://localhost:3000").replace(/\/+$/, "");
