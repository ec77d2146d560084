import { getLogger } from "@cho-phien/config/logger";
import { Redis } from "ioredis";

/**
 * A shared cache of whole HTTP response bodies, for answers that are the same for every caller (anonymous
 * catalog reads). It lives in Redis, not in process memory, so every instance of an app behind a load
 * balancer reads what any one of them computed, and a restart loses nothing that matters.
 */
export interface ResponseCache {
  /** The cached body, or null on a miss (and on any cache failure: a broken cache must not break the API). */
  get(key: string): Promise<string | null>;
  /** Keeps `body` for `ttlSec` seconds. Failures are swallowed for the same reason. */
  set(key: string, body: string, ttlSec: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * How long an anonymous catalog answer is reused. Short on purpose: a listing approved, archived or
 * repriced, or a product sold out, shows through the HTTP API within this many seconds without any
 * invalidation bookkeeping. (Storefront pages call the router in-process and never read this cache; CDNs are
 * already allowed 30 s by PUBLIC_CATALOG_CACHE_CONTROL.)
 */
export const CATALOG_CACHE_TTL_SEC = 5;

/** Keys are namespaced and versioned so a change in the response format never serves an old shape. */
export const CACHE_KEY_PREFIX = "cp:http:v1:";

export function createRedisResponseCache(
  url: string,
  opts: { log?: (m: string) => void; prefix?: string } = {},
): ResponseCache {
  const log = opts.log ?? ((m: string) => getLogger().warn(m));
  const prefix = opts.prefix ?? CACHE_KEY_PREFIX;
  const redis = new Redis(url, {
    // Fail fast instead of queueing requests behind a dead connection: the API answers uncached meanwhile.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 200,
    connectTimeout: 2000,
  });
  // One line per outage, not one per request.
  let down = false;
  const failed = (e: unknown) => {
    if (!down) log(`response cache unavailable (${(e as Error).message}); answering uncached`);
    down = true;
  };
  redis.on("error", failed);
  redis.on("ready", () => {
    down = false;
  });
  return {
    async get(key) {
      try {
        return await redis.get(prefix + key);
      } catch (e) {
        failed(e);
        return null;
      }
    },
    async set(key, body, ttlSec) {
      try {
        await redis.set(prefix + key, body, "EX", ttlSec);
      } catch (e) {
        failed(e);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}

/** The cache named by REDIS_URL, or none: without Redis (the embedded default) every request is computed. */
export function responseCacheFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCache | undefined {
  return env.REDIS_URL ? createRedisResponseCache(env.REDIS_URL) : undefined;
}

/** Whether a Redis answers PING at `url` within two seconds (tests and the bench decide what to run). */
export async function redisAnswers(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000 });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
