import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "./root";
import { createContext } from "./trpc";

/**
 * The tRPC API over HTTP (`/api/trpc/<procedure>`), mounted by both apps' route handlers. Pages call the router
 * in-process instead; this serves client components, other services and the benchmarks.
 */
export function trpcHttpHandler(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => createContext({ headers: req.headers, resHeaders }),
  });
}
