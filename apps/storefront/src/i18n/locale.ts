/** The storefront speaks Vietnamese first; English is a switch kept in the `locale` cookie. */
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
export const LOCALE_COOKIE = "locale";

/** Anything that is not a known locale (a missing or tampered cookie) falls back to Vietnamese. */
export function parseLocale(value: string | undefined | null): Locale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}
