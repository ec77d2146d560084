import { createCaller, createContext } from "@cho-phien/api";
import { headers } from "next/headers";
import { cache } from "react";

/**
 * tRPC called in-process from server components: no HTTP hop, no client bundle. One context per request
 * (React `cache`), so the header's session lookup and the page's queries share it.
 */
export const getContext = cache(async () => createContext({ headers: await headers() }));

export const getCaller = cache(async () => createCaller(await getContext()));

/** The signed-in user for the header, or null (a session lookup failure never breaks a page). */
export async function getCurrentUser() {
  return (await getContext()).user;
}

/**
 * The tRPC router called in-process from a route handler (the form posts): the context reads this request's
 * headers, and cookies the API sets (guest cart, session) land in `resHeaders` for the redirect to carry.
 */
export async function apiForRequest(req: Request) {
  const resHeaders = new Headers();
  const ctx = await createContext({ headers: req.headers, resHeaders });
  return { api: createCaller(ctx), user: ctx.user, resHeaders };
}
