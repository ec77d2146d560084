import { createCaller } from "@cho-phien/api";
import { getDb } from "@cho-phien/db";
import type { TPublicPageKind } from "@cho-phien/validators/search";
import { type NextRequest, NextResponse } from "next/server";

const KINDS: Record<string, TPublicPageKind> = { p: "product", c: "category", shop: "shop" };

/**
 * Dead product, category and shop links get the real 404 page, rendered on the server.
 *
 * Why not just notFound() in the page: in this Next.js version a notFound() thrown while rendering a page
 * answers 404 with an empty HTML shell that only JavaScript fills in, so a buyer with scripts off (or a
 * crawler) sees a blank page. A URL that matches no route does get the full not-found page, so a slug that
 * does not exist is rewritten to such a URL. The pages still call notFound() for anything that slips past
 * (a listing unapproved between the two lookups).
 */
export async function proxy(req: NextRequest) {
  const [, section, rawSlug] = req.nextUrl.pathname.split("/");
  const kind = KINDS[section];
  if (!kind || !rawSlug) return NextResponse.next();
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    return notFoundRewrite(req);
  }
  try {
    // No session is needed to ask whether a public page exists, so none is looked up.
    const catalog = createCaller({ db: getDb(), user: null, headers: req.headers }).catalog;
    if (await catalog.pageExists({ kind, slug })) return NextResponse.next();
  } catch {
    // Database trouble: let the page render and show the error page, rather than claim "not found".
    return NextResponse.next();
  }
  return notFoundRewrite(req);
}

function notFoundRewrite(req: NextRequest) {
  return NextResponse.rewrite(new URL("/_khong-tim-thay", req.url), { status: 404 });
}

export const config = { matcher: ["/p/:slug", "/c/:slug", "/shop/:slug"] };
