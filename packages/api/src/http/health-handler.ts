import { getDb } from "@cho-phien/db";
import { readApiEnv } from "../env";
import { checkHealth } from "../services/health/check-health";

/**
 * `GET /api/health` on both apps: 200 with the report when the app can serve, 503 when it cannot. No store:
 * a cached "ok" would hide an outage from the load balancer.
 */
export async function healthResponse(): Promise<Response> {
  const report = await checkHealth(getDb(), { redisUrl: readApiEnv().REDIS_URL });
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
