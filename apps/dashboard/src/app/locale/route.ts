import { localeSwitchResponse } from "@cho-phien/ui/locale";

// Per request: the answer depends on the query and the Referer, and sets a cookie.
export const dynamic = "force-dynamic";

/**
 * The language switch, the same as the storefront's (the same `locale` cookie, so a choice made in one app holds
 * in the other on the same host): `/locale?to=en` stores it and sends the farmer back to the page the link was
 * on. A plain link in the header, so it works without JavaScript.
 */
export function GET(req: Request): Response {
  return localeSwitchResponse(req);
}
