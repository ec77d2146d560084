import { LOCALE_COOKIE, type Locale, parseLocale } from "~/i18n/locale";

/**
 * The interface language from a request's `locale` cookie, for route handlers (the form posts answer before
 * any page renders, so `getI18n` and next/headers are not theirs to use).
 */
export function localeOf(req: Request): Locale {
  const m = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(req.headers.get("cookie") ?? "");
  return parseLocale(m?.[1]);
}
