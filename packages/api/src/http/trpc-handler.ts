import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "../root";
import { createContext } from "../trpc";

/**
 * Anonymous catalog reads are the same for everyone, so a CDN may keep them for 30 s and serve a stale copy
 * for 5 minutes while it refetches. Anything else (a signed-in caller, another router, an error, a mutation)
 * stays uncached: carts, orders and sessions must never be shared.
 */
export const PUBLIC_CATALOG_CACHE_CONTROL = "public, s-maxage=30, stale-while-revalidate=300";

/**
 * Calls one HTTP request may batch. Our pages batch at most a handful; without a cap one request could run
 * hundreds of procedures past every per-request limit. Over the cap: 400 before any procedure runs.
 */
export const MAX_TRPC_BATCH = 10;

/**
 * The tRPC API over HTTP (`/api/trpc/<procedure>`), mounted by both apps' route handlers. Pages call the router
 * in-process instead; this serves client components, other services and the benchmarks.
 */
export function trpcHttpHandler(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_TRPC_BATCH,
    createContext: ({ resHeaders }) => createContext({ headers: req.headers, resHeaders }),
    responseMeta({ ctx, paths, type, errors }) {
      const cacheable =
        type === "query" &&
        errors.length === 0 &&
        !!paths?.length &&
        paths.every((p) => p.startsWith("catalog.")) &&
        !ctx?.user &&
        // A procedure that set a cookie (the guest cart) answered for this one visitor.
        !ctx?.resHeaders?.has("set-cookie");
      return cacheable ? { headers: { "cache-control": PUBLIC_CATALOG_CACHE_CONTROL } } : {};
    },
  });
}
