import { backPath } from "@cho-phien/validators/safe-path";

/** Both apps speak Vietnamese first; English is a switch kept in the `locale` cookie (shared by both apps). */
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
export const LOCALE_COOKIE = "locale";

/** Anything that is not a known locale (a missing or tampered cookie) falls back to Vietnamese. */
export function parseLocale(value: string | undefined | null): Locale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}

/** The choice is kept a year: a farmer who reads English should not have to switch again every visit. */
const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/**
 * The language switch of both apps (their `/locale` route): `/locale?to=en` stores the choice in the `locale`
 * cookie and sends the visitor back (303) to `?next=` or the page they came from, same site only. A plain link,
 * so it works without JavaScript. The cookie is readable by scripts on purpose: it holds nothing secret.
 */
export function localeSwitchResponse(request: Request): Response {
  const url = new URL(request.url);
  const locale = parseLocale(url.searchParams.get("to"));
  const location = backPath({
    next: url.searchParams.get("next"),
    referer: request.headers.get("referer"),
    host: request.headers.get("host"),
  });
  return new Response(null, {
    status: 303,
    headers: {
      Location: location,
      "Cache-Control": "no-store",
      "Set-Cookie": `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax`,
    },
  });
}
