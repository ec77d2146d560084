/**
 * The background worker: `pnpm --filter @cho-phien/api worker` (or `dev` for watch mode). Expires unpaid
 * card/transfer checkouts (stock back on sale) and delivers the notification outbox, on pg-boss. Run as many
 * as you like, on as many machines: jobs are coordinated in Postgres.
 *
 * DATABASE_URL unset → the embedded PGlite that `pnpm dev` serves on 127.0.0.1:54329.
 */
import { loadRootEnv } from "@cho-phien/config/load-root-env";
import { initLogger } from "@cho-phien/config/logger";
import { createDb, databaseUrl } from "@cho-phien/db";
import { readApiEnv } from "./env";
import { createWorkerHealthServer } from "./http/worker-health-server";
import { startJobQueue } from "./services/jobs/start-job-queue";
import { getNotificationSender } from "./services/notifications/notification-sender";
import { assertSafeToStart } from "./startup/startup-problems";

loadRootEnv();
const log = initLogger("worker");
await assertSafeToStart("worker");

const env = readApiEnv();
const url = databaseUrl();
const db = createDb(url, 3);
// MESSAGE_PROVIDER's sender (log, esms or zns), built now so incomplete settings stop the worker here.
const sender = getNotificationSender();
const jobs = await startJobQueue({ url, db, sender, outboxPollSeconds: env.OUTBOX_POLL_SECONDS });
// The e2e tests wait for "[worker] started" on stdout.
log.info(
  { sender: sender.name, database: new URL(url).host },
  "[worker] started: checkout expiry + notification outbox",
);

let stopping = false;
const health = env.WORKER_HEALTH_PORT
  ? createWorkerHealthServer({ db, redisUrl: env.REDIS_URL, jobsRunning: () => !stopping }).listen(
      env.WORKER_HEALTH_PORT,
      process.env.WORKER_HEALTH_HOST ?? "127.0.0.1",
    )
  : null;
if (health) log.info({ port: env.WORKER_HEALTH_PORT }, "[worker] health on /health");

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  health?.close();
  log.info({ signal }, "[worker] finishing running jobs");
  await jobs.stop().catch((err) => log.error({ err }, "[worker] stop failed"));
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
