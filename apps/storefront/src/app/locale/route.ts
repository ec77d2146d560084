import { safeLocalPath } from "@cho-phien/validators/safe-path";
import { type NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE, parseLocale } from "~/i18n/locale";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The language switch: `/locale?to=en` stores the choice in the `locale` cookie and sends the buyer back to the
 * page they came from (same site only). A plain link, so it works without JavaScript.
 */
export function GET(req: NextRequest) {
  const locale = parseLocale(req.nextUrl.searchParams.get("to"));
  const back = backPath(req);
  const res = new NextResponse(null, {
    status: 303,
    headers: { Location: back, "Cache-Control": "no-store" },
  });
  res.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: false });
  return res;
}

/** `?next=` if given, else the Referer when it is this site, else home. Always a local path. */
function backPath(req: NextRequest): string {
  const next = req.nextUrl.searchParams.get("next");
  if (next) return safeLocalPath(next);
  const referer = req.headers.get("referer");
  if (!referer) return "/";
  try {
    const u = new URL(referer);
    if (u.host !== req.headers.get("host")) return "/";
    return safeLocalPath(u.pathname + u.search);
  } catch {
    return "/";
  }
}
