import { createServer, type Server } from "node:http";
import type { Db } from "@cho-phien/db";
import { checkHealth } from "../services/health/check-health";

/**
 * The worker's health signal: it serves no pages, so it answers `GET /health` on its own small port
 * (WORKER_HEALTH_PORT, loopback by default) with the same report as the apps' /api/health, plus whether its
 * job queue is running. Anything else is a 404.
 */
export function createWorkerHealthServer(opts: {
  db: Db;
  redisUrl?: string;
  jobsRunning: () => boolean;
}): Server {
  return createServer((req, res) => {
    if (req.method !== "GET" || req.url !== "/health") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    checkHealth(opts.db, { redisUrl: opts.redisUrl })
      .then((report) => {
        const jobs = opts.jobsRunning();
        const ok = report.status === "ok" && jobs;
        res
          .writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" })
          .end(JSON.stringify({ ...report, status: ok ? "ok" : "down", jobs: jobs ? "running" : "stopped" }));
      })
      .catch(() => res.writeHead(503, { "content-type": "application/json" }).end('{"status":"down"}'));
  });
}
