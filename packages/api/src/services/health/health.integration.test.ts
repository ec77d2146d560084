import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { getDb } from "@cho-phien/db";
import { describe, expect, it } from "vitest";
import { healthResponse } from "../../http/health-handler";
import { createWorkerHealthServer } from "../../http/worker-health-server";
import { checkHealth } from "./check-health";

// Against this run's real, fully migrated database; Redis on 127.0.0.1:6379 when the machine has one.
describe("health", () => {
  it("is ok with the database reachable and at the migration level this build ships", async () => {
    const report = await checkHealth(getDb());
    expect(report.status).toBe("ok");
    expect(report.database.ok).toBe(true);
    expect(report.redis).toBe("skipped");
    expect(report.migrations.upToDate).toBe(true);
    expect(report.migrations.applied).toMatch(/^\d{14}_/);
  });

  it("is down, quickly, when the configured Redis does not answer", async () => {
    const started = Date.now();
    const report = await checkHealth(getDb(), { redisUrl: "redis://127.0.0.1:1" });
    expect(report.status).toBe("down");
    expect(report.redis).toMatchObject({ ok: false });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("answers GET /api/health uncached, with a status code a load balancer understands", async () => {
    const res = await healthResponse();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(((await res.json()) as { status: string }).status).toBe("ok");
  });

  it("gives the worker a /health port that turns 503 when its jobs stop", async () => {
    let running = true;
    const server = createWorkerHealthServer({ db: getDb(), jobsRunning: () => running }).listen(
      0,
      "127.0.0.1",
    );
    await once(server, "listening");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const ok = await fetch(`${base}/health`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ status: "ok", jobs: "running" });
      running = false;
      expect((await fetch(`${base}/health`)).status).toBe(503);
      expect((await fetch(`${base}/other`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
