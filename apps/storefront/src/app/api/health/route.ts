import { healthResponse } from "@cho-phien/api/http";

// Asked by load balancers and `docker compose`: always computed, on Node (Prisma, ioredis).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/health → 200 ok / 503 down, with the database, Redis and migration level (see checkHealth). */
export function GET(): Promise<Response> {
  return healthResponse();
}
