import { cookies } from "next/headers";
import { cache } from "react";
import { getMessages, type Messages } from "./dictionary";
import { LOCALE_COOKIE, type Locale, parseLocale } from "./locale";

/** The request's locale and strings (server components only; read once per request). */
export const getI18n = cache(async (): Promise<{ locale: Locale; t: Messages }> => {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, t: getMessages(locale) };
});
