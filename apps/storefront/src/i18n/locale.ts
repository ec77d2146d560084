// One locale rule for both apps (see @cho-phien/ui/locale).
export { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES, type Locale, parseLocale } from "@cho-phien/ui/locale";
