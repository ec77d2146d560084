import type { Db } from "@cho-phien/db";
import PgBoss from "pg-boss";
import { deliverOutbox } from "../notifications/deliver-outbox";
import type { NotificationSender } from "../notifications/notification-sender";
import { cancelUnacceptedCodOrders } from "./cancel-unaccepted-orders";
import { expireOverdueCheckouts } from "./expire-checkouts";

export const EXPIRE_CHECKOUTS_QUEUE = "expire-checkouts";
export const DELIVER_OUTBOX_QUEUE = "deliver-outbox";
export const CANCEL_UNACCEPTED_QUEUE = "cancel-unaccepted-cod";

export interface JobQueue {
  boss: PgBoss;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  /** Postgres URL: the server, or the embedded PGlite behind pglite-server (pg-boss 10 works on both). */
  url: string;
  db: Db;
  sender?: NotificationSender;
  /** Also deliver the outbox every this many seconds from this process (0 = only the per-minute job). */
  outboxPollSeconds?: number;
  log?: (message: string) => void;
}

/**
 * Scheduled work on pg-boss (jobs live in Postgres, schema "pgboss"). Each queue has a cron schedule of one
 * run a minute: pg-boss creates one job per minute for the whole cluster, and the "singleton" policy lets
 * only one of them be active at a time, so several workers on several machines never run a sweep twice at
 * once. The work itself is also safe to overlap (FOR UPDATE SKIP LOCKED claims), which is what lets the
 * outbox be polled more often than cron allows from every worker.
 */
export async function startJobQueue(opts: JobQueueOptions): Promise<JobQueue> {
  const log = opts.log ?? ((m: string) => console.log(`[jobs] ${m}`));
  const boss = new PgBoss({
    connectionString: opts.url,
    max: 4,
    schema: "pgboss",
    application_name: "cho-phien-worker",
  });
  boss.on("error", (e) => log(`pg-boss error: ${e instanceof Error ? e.message : String(e)}`));
  await boss.start();

  const queue = { policy: "singleton", retryLimit: 2, retryDelay: 10, expireInSeconds: 300 } as const;
  await boss.createQueue(EXPIRE_CHECKOUTS_QUEUE, { name: EXPIRE_CHECKOUTS_QUEUE, ...queue });
  await boss.createQueue(DELIVER_OUTBOX_QUEUE, { name: DELIVER_OUTBOX_QUEUE, ...queue });
  await boss.schedule(EXPIRE_CHECKOUTS_QUEUE, "* * * * *");
  await boss.schedule(DELIVER_OUTBOX_QUEUE, "* * * * *");
  // COD orders the farm never accepted (COD_ACCEPT_HOURS, default 48): a 10-minute sweep is precise enough.
  await boss.createQueue(CANCEL_UNACCEPTED_QUEUE, { name: CANCEL_UNACCEPTED_QUEUE, ...queue });
  await boss.schedule(CANCEL_UNACCEPTED_QUEUE, "*/10 * * * *");
  await boss.work(CANCEL_UNACCEPTED_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const r = await cancelUnacceptedCodOrders(opts.db);
    if (r.cancelled.length) log(`unaccepted COD orders cancelled ${r.cancelled.length}`);
    return r;
  });

  await boss.work(EXPIRE_CHECKOUTS_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    const r = await expireOverdueCheckouts(opts.db);
    if (r.expired.length || r.paid.length || r.deferred.length) {
      log(
        `checkouts expired ${r.expired.length}, found paid ${r.paid.length}, deferred ${r.deferred.length}`,
      );
    }
    return r;
  });
  const deliver = async () => {
    const r = await deliverOutbox(opts.db, { sender: opts.sender });
    if (r.sent || r.retried || r.parked) log(`outbox sent ${r.sent}, retry ${r.retried}, parked ${r.parked}`);
    return r;
  };
  await boss.work(DELIVER_OUTBOX_QUEUE, { pollingIntervalSeconds: 5 }, deliver);

  let timer: NodeJS.Timeout | undefined;
  const pollSeconds = opts.outboxPollSeconds ?? 5;
  if (pollSeconds > 0) {
    let running = false;
    timer = setInterval(() => {
      if (running) return;
      running = true;
      deliver()
        .catch((e) => log(`outbox poll failed: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => {
          running = false;
        });
    }, pollSeconds * 1000);
  }

  return {
    boss,
    async stop() {
      if (timer) clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
