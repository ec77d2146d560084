import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { BlockList } from "node:net";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { hasSessionCookie } from "@cho-phien/auth";
import { withLogContext } from "@cho-phien/config/log-context";
import { getLogger, type Logger } from "@cho-phien/config/logger";
import { TRPCError } from "@trpc/server";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { parseTrustProxy, stampClientIp } from "./client-ip";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";
import { CATALOG_CACHE_TTL_SEC, type ResponseCache } from "./response-cache";
import {
  apiSecurityHeaders,
  commonSecurityHeaders,
  isApiPath,
  type SecuritySettings,
  securitySettingsFromEnv,
  servedOverHttps,
} from "./security-headers";
import { PUBLIC_CATALOG_CACHE_CONTROL, trpcHttpHandler } from "./trpc-handler";

/**
 * The production HTTP server of both apps: `/api/trpc/*` goes straight to the tRPC handler, everything else
 * to Next.js. Not Next's route handler for the API: it capped a tRPC call at a fraction of what the same
 * handler does from a plain Node server (docs/adr/0002-api-fast-path-and-response-cache.md); pages keep every
 * Next feature.
 *
 * Anonymous catalog reads (the listing every visitor's phone asks for) are answered from the shared
 * ResponseCache when one is configured; see isCacheableRequest and `shareable` in compute() for exactly what
 * qualifies.
 */
export const TRPC_PATH = "/api/trpc/";

/** Mutations carry a cart, an address, a listing: kilobytes. Anything past 1 MB is refused with a 413. */
export const MAX_API_BODY_BYTES = 1_000_000;

/** Longer URLs are answered but never cached (a key per junk query string would only evict real entries). */
const MAX_CACHED_URL_LENGTH = 2048;

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface AppServerOptions {
  /** Next.js's request handler (`next({...}).getRequestHandler()`), for every non-API request. */
  next: NodeHandler;
  cache?: ResponseCache;
  /** The API behind `/api/trpc` (the tRPC fetch handler; tests wrap it to count calls). */
  handler?: (req: Request) => Promise<Response>;
  /** Where the per-request lines and failures go; default: the process's logger (tests pass their own). */
  logger?: Logger;
  /** Proxies allowed to name the client in X-Forwarded-For (parseTrustProxy(TRUST_PROXY)); default: none. */
  trustedProxies?: BlockList;
  /** Whose security headers every answer gets (serveApp passes each app's own); default: the storefront's. */
  security?: SecuritySettings;
}

interface Computed {
  status: number;
  headers: Headers;
  body: Buffer;
  /** The tRPC handler marked it public (anonymous catalog query, no error, no cookie set). */
  shareable: boolean;
}

/**
 * A GET of catalog procedures only, with no session cookie: the answer cannot depend on who asks. The final
 * word is the handler's own (compute() checks the Cache-Control it set); this only picks candidates.
 */
export function isCacheableRequest(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  if (req.method !== "GET" || url.length > MAX_CACHED_URL_LENGTH) return false;
  // A streaming client (`trpc-accept: application/jsonl`) gets another body format for the same URL; only
  // the plain JSON answer is cached.
  if (req.headers["trpc-accept"]) return false;
  const end = url.indexOf("?");
  const paths = url.slice(TRPC_PATH.length, end < 0 ? undefined : end).split(",");
  if (!paths.every((p) => p.startsWith("catalog."))) return false;
  const cookie = req.headers.cookie;
  return !cookie || !hasSessionCookie(new Headers({ cookie }));
}

export function createAppRequestListener(opts: AppServerOptions): NodeHandler {
  const logger = () => opts.logger ?? getLogger();
  const { cache } = opts;
  const handler = opts.handler ?? trpcHttpHandler;
  const trusted = opts.trustedProxies ?? parseTrustProxy(undefined);
  const security = opts.security ?? securitySettingsFromEnv("storefront");
  // Four possible sets (API or not, https or not), built once rather than per request: the API fast path is
  // measured in requests per second.
  const headerSets = new Map<string, [string, string][]>();
  const securityHeadersFor = (api: boolean, https: boolean) => {
    const key = `${api}:${https}`;
    let set = headerSets.get(key);
    if (!set) {
      const proto = https ? "https" : "http";
      set = Object.entries(
        api ? apiSecurityHeaders(security, proto) : commonSecurityHeaders(security, proto),
      );
      headerSets.set(key, set);
    }
    return set;
  };
  // Concurrent misses for one key in this process wait for a single computation instead of each running
  // the query (a cold popular listing would otherwise fan out into one query per waiting phone).
  const inflight = new Map<string, Promise<Computed>>();

  async function compute(req: IncomingMessage, res: ServerResponse): Promise<Computed> {
    const request = incomingMessageToRequest(req, res, { maxBodySize: MAX_API_BODY_BYTES });
    const response = await handler(request);
    const body = Buffer.from(await response.arrayBuffer());
    const shareable =
      response.status === 200 &&
      response.headers.get("cache-control") === PUBLIC_CATALOG_CACHE_CONTROL &&
      !response.headers.has("set-cookie");
    return { status: response.status, headers: response.headers, body, shareable };
  }

  async function serveCacheable(req: IncomingMessage, res: ServerResponse, cache: ResponseCache) {
    const key = req.url as string;
    const hit = await cache.get(key);
    if (hit !== null) return sendCached(res, hit);
    let pending = inflight.get(key);
    if (!pending) {
      // Stays in `inflight` until the answer is in Redis as well: a request arriving in between would
      // otherwise miss both and run the query again.
      pending = (async () => {
        const done = await compute(req, res);
        if (done.shareable) await cache.set(key, done.body.toString("utf8"), CATALOG_CACHE_TTL_SEC);
        return done;
      })().finally(() => inflight.delete(key));
      inflight.set(key, pending);
      return sendComputed(res, await pending);
    }
    const shared = await pending.catch(() => null);
    // Someone else's answer is ours only if it was public; otherwise compute our own.
    if (shared?.shareable) return sendComputed(res, shared);
    return sendComputed(res, await compute(req, res));
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse) {
    if (cache && isCacheableRequest(req)) return serveCacheable(req, res, cache);
    const request = incomingMessageToRequest(req, res, { maxBodySize: MAX_API_BODY_BYTES });
    const response = await handler(request);
    writeHead(res, response.status, response.headers);
    if (!response.body) return res.end();
    // Streamed (a batch stream link sends results as they finish), not buffered.
    Readable.fromWeb(response.body as WebReadableStream).pipe(res);
  }

  const serve: NodeHandler = (req, res) => {
    // Before anything reads it: the API, better-auth's limits and Next.js pages all see the same client.
    stampClientIp(req, trusted);
    // On every answer, the API's and Next.js's (pages, files, route handlers) alike; Next.js keeps headers set
    // before it runs. Pages get their Content-Security-Policy, with its nonce, from the app's proxy.ts; JSON
    // under /api/ gets one that loads nothing.
    const https = servedOverHttps(security, String(req.headers["x-forwarded-proto"] ?? ""));
    for (const [name, value] of securityHeadersFor(isApiPath(req.url ?? ""), https))
      res.setHeader(name, value);
    if (!req.url?.startsWith(TRPC_PATH)) return opts.next(req, res);
    serveApi(req, res).catch((e) => {
      // The tRPC handler turns every procedure error into a JSON answer. What reaches here failed before it:
      // a request that is not a URL (a broken Host header: tRPC's BAD_REQUEST, so a 400), or the transport
      // itself (a client that hung up mid-body: a 500, logged).
      const status = e instanceof TRPCError ? getHTTPStatusCodeFromError(e) : 500;
      if (status >= 500) logger().error({ err: e, method: req.method, path: pathOf(req.url) }, "api failed");
      if (res.headersSent) return res.destroy();
      const message = status >= 500 ? "Lỗi máy chủ, vui lòng thử lại." : "Yêu cầu không hợp lệ.";
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message } }));
    });
  };

  /** One line per API call once it is answered or abandoned; pages and static files are not logged. */
  function logWhenDone(req: IncomingMessage, res: ServerResponse, reqId: string) {
    const started = performance.now();
    res.once("close", () => {
      const line = {
        reqId,
        method: req.method,
        path: pathOf(req.url),
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (line.status >= 500) logger().error(line, "api request");
      // A load balancer asks every few seconds: visible with LOG_LEVEL=debug only.
      else if (line.path === "/api/health") logger().debug(line, "api request");
      else logger().info(line, "api request");
    });
  }

  return (req, res) => {
    // Before anything reads the headers: Next.js route handlers, server actions and the tRPC context see the
    // id the answer carries, and every line logged while handling it is written under it (log-context.ts).
    const reqId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = reqId;
    res.setHeader(REQUEST_ID_HEADER, reqId);
    if (isApiPath(req.url ?? "")) logWhenDone(req, res, reqId);
    return withLogContext({ reqId }, () => serve(req, res));
  };
}

/** The path alone: query values can carry a phone number or a search, and are never logged. */
function pathOf(url: string | undefined): string {
  return (url ?? "").split("?", 1)[0]!.slice(0, 200);
}

function writeHead(
  res: ServerResponse,
  status: number,
  headers: Headers,
  extra: Record<string, string | number> = {},
) {
  const out: Record<string, string | string[] | number> = { ...extra };
  headers.forEach((value, name) => {
    if (name !== "set-cookie" && !(name in out)) out[name] = value;
  });
  const cookies = headers.getSetCookie();
  if (cookies.length) out["set-cookie"] = cookies;
  res.writeHead(status, out);
}

/** A freshly computed answer; `x-cache: MISS` marks the ones that went into the cache. */
function sendComputed(res: ServerResponse, c: Computed) {
  const extra = { "content-length": c.body.length, ...(c.shareable ? { "x-cache": "MISS" } : {}) };
  writeHead(res, c.status, c.headers, extra);
  res.end(c.body);
}

function sendCached(res: ServerResponse, body: string) {
  res.writeHead(200, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    vary: "trpc-accept, accept",
    "cache-control": PUBLIC_CATALOG_CACHE_CONTROL,
    "x-cache": "HIT",
  });
  res.end(body);
}

/** Both apps' `server.ts`: one Node HTTP server for the API fast path and Next.js. */
export function createAppServer(opts: AppServerOptions): Server {
  return createServer(createAppRequestListener(opts));
}
