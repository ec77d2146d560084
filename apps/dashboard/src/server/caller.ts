import { createCaller, createContext } from "@cho-phien/api";
import { headers } from "next/headers";
import { cache } from "react";

/**
 * tRPC called in-process from server components: no HTTP hop, no client bundle. One context per request
 * (React `cache`), so the guard's session lookup and the page's queries share it.
 */
export const getContext = cache(async () => createContext({ headers: await headers() }));

export const getCaller = cache(async () => createCaller(await getContext()));

export async function getCurrentUser() {
  return (await getContext()).user;
}
