import { getAuth } from "@cho-phien/auth";
import { getLocale } from "~/i18n/get-locale";
import { layoutMessages } from "~/modules/layout/messages";

export const dynamic = "force-dynamic";

/**
 * Sign-out from a plain `<form method="post">`: works without JavaScript. Deletes the session row, clears the
 * cookie, and sends the browser to the sign-in page (303, so the reload is a GET).
 */
export async function POST(req: Request) {
  // A cross-site form must not sign people out (browsers send Origin on every POST).
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (origin && host && originHost(origin) !== host) {
    return new Response(layoutMessages(await getLocale()).signOutRefused, { status: 403 });
  }
  const res = await getAuth().api.signOut({ headers: req.headers, asResponse: true });
  const headers = new Headers({ location: "/dang-nhap" });
  for (const cookie of res.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (sandboxed frames, file://) is never our own page
  }
}
