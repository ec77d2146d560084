import { safeLocalPath } from "@cho-phien/validators/safe-path";

/**
 * Where an admin form goes back to: the page it was on (its `back` field), only ever inside /admin (anything
 * else, or anything safeLocalPath refuses, is /admin), with the outcome word replacing any earlier one.
 */
export function adminBackPath(back: string | undefined, outcome: string): string {
  // Checked after parsing: "/admin/../seller" is "/seller" once the URL is resolved.
  let url = new URL(safeLocalPath(back, "/admin"), "http://dashboard.local");
  if (!/^\/admin(\/|$)/.test(url.pathname)) url = new URL("/admin", url);
  url.searchParams.set("ket-qua", outcome);
  return `${url.pathname}${url.search}`;
}
