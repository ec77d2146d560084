import { securePageRequest } from "@cho-phien/api/http";
import { type NextRequest, NextResponse } from "next/server";

/**
 * Every page gets the security headers and its script nonce (packages/api/src/http/security-headers.ts): Next.js
 * puts the nonce on its own scripts, our inline scripts (the listing form's draft saver) read it with
 * scriptNonce().
 */
export function proxy(req: NextRequest) {
  const page = securePageRequest("dashboard", req.headers);
  return page.secure(NextResponse.next({ request: { headers: page.requestHeaders } }));
}

// Pages and route handlers; not the API (JSON, its headers come from the API server) or Next.js's static files.
export const config = { matcher: ["/((?!api/|_next/static/|_next/image|favicon.ico).*)"] };
