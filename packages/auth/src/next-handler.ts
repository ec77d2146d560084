import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "./auth";

/**
 * GET/POST handlers for an app's `app/api/auth/[...all]/route.ts`. The auth instance is created on the first
 * request, not at import, so `next build` never opens the database. Apps need no direct better-auth dependency.
 */
export function authRouteHandlers() {
  return toNextJsHandler((request: Request) => getAuth().handler(request));
}
