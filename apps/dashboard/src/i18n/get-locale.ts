import { LOCALE_COOKIE, type Locale, parseLocale } from "@cho-phien/ui/locale";
import { cookies } from "next/headers";
import { cache } from "react";

export type { Locale };

/**
 * The dashboard's interface language for this request, from the same `locale` cookie as the storefront
 * (server components and server actions only; read once per request). Each module keeps its strings in a
 * `messages.ts` with a Vietnamese and an English object and picks one with this locale.
 */
export const getLocale = cache(
  async (): Promise<Locale> => parseLocale((await cookies()).get(LOCALE_COOKIE)?.value),
);
