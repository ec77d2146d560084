import { withLogContext } from "@cho-phien/config/log-context";
import { getLogger, type Logger } from "@cho-phien/config/logger";
import type { Db } from "@cho-phien/db";
import { splitOutboxPayload } from "./enqueue-notification";
import {
  getNotificationSender,
  type NotificationSender,
  type OutgoingNotification,
} from "./notification-sender";

export interface DeliverOptions {
  sender?: NotificationSender;
  batchSize?: number;
  /** After this many tries a message is parked as "failed" (kept, never deleted) for someone to look at. */
  maxAttempts?: number;
  /** How long a claimed message is hidden from other dispatchers while it is being sent. */
  leaseSeconds?: number;
  /** Default: the process's logger (tests pass their own). */
  logger?: Logger;
}

export interface DeliverResult {
  sent: number;
  retried: number;
  parked: number;
}

/** 30 s, 1 min, 2 min ... capped at 1 hour: a Zalo/SMS outage of hours loses nothing and floods nothing. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Delivers due outbox messages through the sender. Claiming is one statement — pick due rows with
 * FOR UPDATE SKIP LOCKED, count the attempt and push nextAttemptAt past a lease — so concurrent dispatchers
 * (several workers) never take the same message, and no transaction stays open while the sender talks to
 * the network. A message is marked sent only after the sender returns; a failure records the error and
 * schedules a retry with backoff; a crash mid-send leaves it to reappear when the lease ends. Nothing is
 * ever deleted.
 *
 * Each send and each failure is logged with the message's id and the id of the request that enqueued it
 * (which the sender's own lines carry too); never the recipient.
 */
export async function deliverOutbox(db: Db, opts: DeliverOptions = {}): Promise<DeliverResult> {
  const sender = opts.sender ?? getNotificationSender();
  const maxAttempts = opts.maxAttempts ?? 12;
  const lease = opts.leaseSeconds ?? 300;
  // Times come from this process's clock, not now(): the columns are timestamp without time zone holding
  // UTC (Prisma's convention), and now() would be read in the session's time zone.
  const now = new Date();
  const leaseUntil = new Date(now.getTime() + lease * 1000);
  const claimed = await db.$queryRaw<
    { id: string; topic: string; recipient: string | null; payload: unknown; attempts: number }[]
  >`
    UPDATE "OutboxMessage" m
       SET attempts = m.attempts + 1,
           "nextAttemptAt" = ${leaseUntil}
      FROM (SELECT id FROM "OutboxMessage"
             WHERE status = 'pending' AND "nextAttemptAt" <= ${now}
             ORDER BY "nextAttemptAt", id
             LIMIT ${opts.batchSize ?? 20}
             FOR UPDATE SKIP LOCKED) due
     WHERE m.id = due.id
    RETURNING m.id, m.topic, m.recipient, m.payload, m.attempts`;

  const log = opts.logger ?? getLogger();
  const result: DeliverResult = { sent: 0, retried: 0, parked: 0 };
  for (const row of claimed) {
    const { payload, meta } = splitOutboxPayload(row.payload);
    const message: OutgoingNotification = { id: row.id, topic: row.topic, recipient: row.recipient, payload };
    const about = { outboxId: row.id, topic: row.topic, attempt: row.attempts, sender: sender.name };
    await withLogContext(meta.reqId ? { reqId: meta.reqId } : {}, async () => {
      try {
        await sender.send(message);
        await db.outboxMessage.updateMany({
          where: { id: row.id, status: "pending" },
          data: { status: "sent", sentAt: new Date(), lastError: null },
        });
        result.sent++;
        log.info(about, "outbox message sent");
      } catch (e) {
        const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
        const parked = row.attempts >= maxAttempts;
        await db.outboxMessage.updateMany({
          where: { id: row.id, status: "pending" },
          data: parked
            ? { status: "failed", lastError: error }
            : { lastError: error, nextAttemptAt: new Date(Date.now() + backoffSeconds(row.attempts) * 1000) },
        });
        if (parked) result.parked++;
        else result.retried++;
        const line = { ...about, err: e };
        if (parked) log.error(line, "outbox message parked: gave up after the last attempt");
        else log.warn(line, "outbox message not sent, will retry");
      }
    });
  }
  return result;
}
