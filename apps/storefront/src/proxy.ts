import { createCaller } from "@cho-phien/api";
import { securePageRequest } from "@cho-phien/api/http";
import { getDb } from "@cho-phien/db";
import type { TPublicPageKind } from "@cho-phien/validators/search";
import { type NextRequest, NextResponse } from "next/server";

const KINDS: Record<string, TPublicPageKind> = { p: "product", c: "category", shop: "shop" };
/** A public page's own URL, e.g. /p/ot-chao-mao-dai-duc (not /p/<slug>/opengraph-image). */
const PUBLIC_PAGE = /^\/(p|c|shop)\/([^/]+)$/;

/**
 * Every page gets the security headers and its script nonce (packages/api/src/http/security-headers.ts): Next.js
 * puts the nonce on its own scripts, our inline scripts read it with scriptNonce().
 */
export async function proxy(req: NextRequest) {
  const page = securePageRequest("storefront", req.headers);
  const request = { headers: page.requestHeaders };
  if ((await publicPageExists(req)) === false) {
    return page.secure(NextResponse.rewrite(new URL("/_khong-tim-thay", req.url), { status: 404, request }));
  }
  return page.secure(NextResponse.next({ request }));
}

/**
 * Dead product, category and shop links get the real 404 page, rendered on the server.
 *
 * Why not just notFound() in the page: in this Next.js version a notFound() thrown while rendering a page
 * answers 404 with an empty HTML shell that only JavaScript fills in, so a buyer with scripts off (or a
 * crawler) sees a blank page. A URL that matches no route does get the full not-found page, so a slug that
 * does not exist is rewritten to such a URL. The pages still call notFound() for anything that slips past
 * (a listing unapproved between the two lookups).
 *
 * null: not a product, category or shop page, or the database could not tell.
 */
async function publicPageExists(req: NextRequest): Promise<boolean | null> {
  const match = PUBLIC_PAGE.exec(req.nextUrl.pathname);
  if (!match) return null;
  const kind = KINDS[match[1]!]!;
  let slug: string;
  try {
    slug = decodeURIComponent(match[2]!);
  } catch {
    return false;
  }
  try {
    // No session is needed to ask whether a public page exists, so none is looked up.
    const catalog = createCaller({ db: getDb(), user: null, headers: req.headers }).catalog;
    return await catalog.pageExists({ kind, slug });
  } catch {
    // Database trouble: let the page render and show the error page, rather than claim "not found".
    return null;
  }
}

// Pages and route handlers; not the API (JSON, its headers come from the API server), Next.js's static files,
// photos (/media sets its own sandboxing policy) or the generated pictures in public/img.
export const config = {
  matcher: ["/((?!api/|_next/static/|_next/image|media/|img/|favicon.ico|icon.svg).*)"],
};
