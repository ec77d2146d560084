/**
 * The background worker: `pnpm --filter @cho-phien/api worker` (or `dev` for watch mode). Expires unpaid
 * card/transfer checkouts (stock back on sale) and delivers the notification outbox, on pg-boss. Run as many
 * as you like, on as many machines: jobs are coordinated in Postgres.
 *
 * DATABASE_URL unset → the embedded PGlite that `pnpm dev` serves on 127.0.0.1:54329.
 */
import { createDb, databaseUrl } from "@cho-phien/db";
import { startJobQueue } from "./services/jobs/start-job-queue";
import { getNotificationSender } from "./services/notifications/notification-sender";

const url = databaseUrl();
const db = createDb(url, 3);
const jobs = await startJobQueue({
  url,
  db,
  sender: getNotificationSender(),
  outboxPollSeconds: Number(process.env.OUTBOX_POLL_SECONDS ?? 5),
});
console.log(`[worker] started: checkout expiry + notification outbox (${new URL(url).host})`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing running jobs`);
  await jobs.stop().catch((e) => console.error("[worker] stop failed", e));
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
