import { localeSwitchResponse } from "@cho-phien/ui/locale";

/**
 * The language switch: `/locale?to=en` stores the choice in the `locale` cookie and sends the buyer back to the
 * page they came from (same site only). A plain link, so it works without JavaScript. One rule for both apps:
 * localeSwitchResponse.
 */
export function GET(req: Request): Response {
  return localeSwitchResponse(req);
}
