/**
 * The API's front door for apps and tools: the router, a server-side caller, the procedures' input and output
 * types, and the per-request context. HTTP serving is `@cho-phien/api/http`, the job worker
 * `@cho-phien/api/worker`, test doubles `@cho-phien/api/testing`; nothing else is public.
 */
export { type AppRouter, appRouter, createCaller, type RouterInputs, type RouterOutputs } from "./root";
export { type Context, createContext } from "./trpc";
