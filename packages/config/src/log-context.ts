import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line written while one request or one job is being handled carries (logger.ts adds it). */
export interface LogContext {
  /** The request's id (`x-request-id`): set by the app server, carried into the outbox and the worker's lines. */
  reqId?: string;
  /** The pg-boss job being run, and its queue. */
  jobId?: string;
  queue?: string;
}

// One store per process, kept on globalThis: the production server loads this file through tsx while Next.js
// bundles its own copy for pages, route handlers and server actions, and both must see the same request.
const KEY = Symbol.for("cho-phien.log-context");
const slot = globalThis as unknown as Record<symbol, AsyncLocalStorage<LogContext> | undefined>;
slot[KEY] ??= new AsyncLocalStorage<LogContext>();
const storage = slot[KEY];

/** Runs `fn` (and everything it awaits or schedules) with these fields added to the current context. */
export function withLogContext<T>(fields: LogContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...fields }, fn);
}

/** The context of the request or job running now; undefined outside one (start-up, a script). */
export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}

/** The id of the HTTP request being handled now, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.reqId;
}
