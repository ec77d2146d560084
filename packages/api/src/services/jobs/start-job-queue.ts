import { withLogContext } from "@cho-phien/config/log-context";
import { getLogger, type Logger } from "@cho-phien/config/logger";
import type { Db } from "@cho-phien/db";
import PgBoss from "pg-boss";
import { deliverOutbox } from "../notifications/deliver-outbox";
import type { NotificationSender } from "../notifications/notification-sender";
import { cancelUnacceptedCodOrders } from "./cancel-unaccepted-orders";
import { expireCertificates } from "./expire-certificates";
import { expireOverdueCheckouts } from "./expire-checkouts";

export const EXPIRE_CHECKOUTS_QUEUE = "expire-checkouts";
export const DELIVER_OUTBOX_QUEUE = "deliver-outbox";
export const CANCEL_UNACCEPTED_QUEUE = "cancel-unaccepted-cod";
export const EXPIRE_CERTIFICATES_QUEUE = "expire-ocop-certificates";

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
  /** Default: the process's logger (tests pass their own). */
  logger?: Logger;
}

/**
 * A pg-boss handler running `work` with the job's id and queue on every line logged meanwhile, the per-item
 * lines of the sweeps and of the outbox included.
 */
function logged<T>(work: () => Promise<T>) {
  return ([job]: PgBoss.Job[]) => withLogContext({ jobId: job?.id, queue: job?.name }, work);
}

/**
 * Scheduled work on pg-boss (jobs live in Postgres, schema "pgboss"). Each queue has a cron schedule of one
 * run a minute: pg-boss creates one job per minute for the whole cluster, and the "singleton" policy lets
 * only one of them be active at a time, so several workers on several machines never run a sweep twice at
 * once. The work itself is also safe to overlap (FOR UPDATE SKIP LOCKED claims), which is what lets the
 * outbox be polled more often than cron allows from every worker.
 */
export async function startJobQueue(opts: JobQueueOptions): Promise<JobQueue> {
  const log = () => opts.logger ?? getLogger();
  const boss = new PgBoss({
    connectionString: opts.url,
    max: 4,
    schema: "pgboss",
    application_name: "cho-phien-worker",
  });
  boss.on("error", (err) => log().error({ err }, "pg-boss error"));
  await boss.start();

  // Two workers starting at once on a fresh database can deadlock inside pg-boss's create_queue (Postgres picks
  // one victim, error 40P01), which used to kill that worker. Declaring is idempotent, so the victim simply
  // declares again. (Not an advisory lock held in a transaction: on PGlite, one backend, that would wait on
  // pg-boss's own connections forever.)
  for (let attempt = 1; ; attempt++) {
    try {
      await declareQueues(boss);
      break;
    } catch (err) {
      if (!isDeadlock(err) || attempt >= 5) throw err;
      log().warn({ attempt }, "pg-boss queue declaration deadlocked with another worker; declaring again");
      await new Promise((r) => setTimeout(r, 100 * attempt + Math.random() * 200));
    }
  }
  // Each sweep logs the ids of what it changed (certificate ids, order codes, checkout ids), nothing personal.
  await boss.work(
    EXPIRE_CERTIFICATES_QUEUE,
    { pollingIntervalSeconds: 60 },
    logged(async () => {
      const r = await expireCertificates(opts.db);
      if (r.warned.length || r.expired.length) log().info(r, "OCOP certificates: reminders sent, expired");
      return r;
    }),
  );
  await boss.work(
    CANCEL_UNACCEPTED_QUEUE,
    { pollingIntervalSeconds: 30 },
    logged(async () => {
      const r = await cancelUnacceptedCodOrders(opts.db);
      if (r.cancelled.length) log().info(r, "unaccepted COD orders cancelled");
      return r;
    }),
  );

  await boss.work(
    EXPIRE_CHECKOUTS_QUEUE,
    { pollingIntervalSeconds: 5 },
    logged(async () => {
      const r = await expireOverdueCheckouts(opts.db);
      if (r.expired.length || r.paid.length || r.deferred.length) log().info(r, "overdue checkouts swept");
      return r;
    }),
  );
  // Each message is logged by deliverOutbox, under the id of the request that enqueued it.
  const deliver = async () => {
    const r = await deliverOutbox(opts.db, { sender: opts.sender, logger: opts.logger });
    if (r.sent || r.retried || r.parked) log().info(r, "outbox delivered");
    return r;
  };
  await boss.work(DELIVER_OUTBOX_QUEUE, { pollingIntervalSeconds: 5 }, logged(deliver));

  let timer: NodeJS.Timeout | undefined;
  const pollSeconds = opts.outboxPollSeconds ?? 5;
  if (pollSeconds > 0) {
    let running = false;
    timer = setInterval(() => {
      if (running) return;
      running = true;
      deliver()
        .catch((err) => log().error({ err }, "outbox poll failed"))
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

const QUEUE_OPTIONS = { policy: "singleton", retryLimit: 2, retryDelay: 10, expireInSeconds: 300 } as const;

/** The queues and their schedules (idempotent: a second worker finds them declared). */
async function declareQueues(boss: PgBoss): Promise<void> {
  const queue = QUEUE_OPTIONS;
  await boss.createQueue(EXPIRE_CHECKOUTS_QUEUE, { name: EXPIRE_CHECKOUTS_QUEUE, ...queue });
  await boss.createQueue(DELIVER_OUTBOX_QUEUE, { name: DELIVER_OUTBOX_QUEUE, ...queue });
  await boss.schedule(EXPIRE_CHECKOUTS_QUEUE, "* * * * *");
  await boss.schedule(DELIVER_OUTBOX_QUEUE, "* * * * *");
  // COD orders the farm never accepted (COD_ACCEPT_HOURS, default 48): a 10-minute sweep is precise enough.
  await boss.createQueue(CANCEL_UNACCEPTED_QUEUE, { name: CANCEL_UNACCEPTED_QUEUE, ...queue });
  await boss.schedule(CANCEL_UNACCEPTED_QUEUE, "*/10 * * * *");
  // OCOP renewal reminders and expiries: daily at 07:00 Vietnam time, so the farm's SMS arrives in the
  // morning, not at night. Only the record and the messages wait for it: the badge lapses at read time.
  await boss.createQueue(EXPIRE_CERTIFICATES_QUEUE, { name: EXPIRE_CERTIFICATES_QUEUE, ...queue });
  await boss.schedule(EXPIRE_CERTIFICATES_QUEUE, "0 7 * * *", undefined, { tz: "Asia/Ho_Chi_Minh" });
}

function isDeadlock(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === "40P01" || /deadlock detected/i.test(String(err));
}
