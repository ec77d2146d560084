import { getLogger } from "@cho-phien/config/logger";
import type { Db, DbTx } from "@cho-phien/db";
import Stripe from "stripe";
import { ORDER_TX, STRIPE_ACTOR } from "../orders/transaction-options";
import { releaseCheckoutStock } from "../stock/release-checkout-stock";
import { markCheckoutPaid } from "./mark-checkout-paid";
import { stripeCardProvider } from "./stripe-card-provider";
import { stripeWebhookSecret } from "./stripe-client";

/** Stripe's events are a few KB; anything near this is not from Stripe and is refused unread. */
export const WEBHOOK_MAX_BYTES = 1024 * 1024;

export interface WebhookResult {
  status: 200 | 400 | 413 | 503;
  body: { received: boolean; duplicate?: boolean; outcome?: string; error?: string };
}

const HANDLED = new Set([
  "checkout.session.completed",
  "checkout.session.expired",
  "payment_intent.payment_failed",
]);

/**
 * Verifies and applies one Stripe webhook delivery. Each event id is applied once: its WebhookEvent row is
 * inserted in the same transaction as its effects, so a replay (or two deliveries racing) finds the row and
 * changes nothing. Effects go through the order state machine and the checkout's status, so an event that
 * arrives out of order (expired after completed) never moves an order backwards.
 *
 * Status codes are for Stripe: 200 = done (or nothing to do), 400 = bad signature / not JSON (Stripe stops),
 * 413 = too large, 503 = try again later (Stripe retries with backoff).
 */
export async function handleStripeWebhook(
  db: Db,
  rawBody: string,
  signatureHeader: string | null,
): Promise<WebhookResult> {
  if (Buffer.byteLength(rawBody, "utf8") > WEBHOOK_MAX_BYTES) {
    return { status: 413, body: { received: false, error: "payload too large" } };
  }
  const secret = stripeWebhookSecret();
  if (!secret) return { status: 503, body: { received: false, error: "webhook secret not configured" } };
  if (!signatureHeader) return { status: 400, body: { received: false, error: "missing Stripe-Signature" } };

  let event: Stripe.Event;
  try {
    event = await Stripe.webhooks.constructEventAsync(rawBody, signatureHeader, secret);
  } catch {
    return { status: 400, body: { received: false, error: "invalid signature" } };
  }

  try {
    return await applyEvent(db, event);
  } catch (e) {
    // A database hiccup: nothing was committed (one transaction), so Stripe's retry is safe.
    getLogger().error({ err: e, eventId: event.id, eventType: event.type }, "stripe webhook failed");
    return { status: 503, body: { received: false, error: "temporarily unavailable, retry later" } };
  }
}

async function applyEvent(db: Db, event: Stripe.Event): Promise<WebhookResult> {
  if (!HANDLED.has(event.type)) {
    // Verified but not ours to act on (Stripe sends what the endpoint subscribes to); acknowledge it.
    return { status: 200, body: { received: true, outcome: "ignored" } };
  }
  if (await db.webhookEvent.findUnique({ where: { id: event.id }, select: { id: true } })) {
    return { status: 200, body: { received: true, duplicate: true } };
  }

  const target = await findPayment(db, event);
  if (!target) return record(db, event, async () => "unknown_checkout");

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      if (session.payment_status !== "paid") {
        // Card payments settle before "completed"; an unpaid completion would be an async method we do not offer.
        return record(db, event, async () => `not_paid:${session.payment_status}`);
      }
      if (session.currency && session.currency.toLowerCase() !== "vnd") {
        return record(db, event, async () => `wrong_currency:${session.currency}`);
      }
      return record(db, event, (tx) =>
        markCheckoutPaid(tx, {
          checkoutId: target.checkoutId,
          actor: STRIPE_ACTOR,
          source: `stripe:${event.id}`,
          amountVnd: session.amount_total ?? undefined,
          providerRef: session.id,
        }),
      );
    }
    case "checkout.session.expired":
      return record(db, event, async (tx) =>
        (await releaseCheckoutStock(tx, {
          checkoutId: target.checkoutId,
          checkoutStatus: "expired",
          paymentStatus: "expired",
          actor: STRIPE_ACTOR,
          note: "Hết hạn thanh toán thẻ",
        }))
          ? "expired"
          : "ignored_not_pending",
      );
    case "payment_intent.payment_failed": {
      // In Stripe Checkout a declined card leaves the session open for another try. We end the checkout
      // here (stock back on sale), so the session is expired at Stripe first: the buyer can then never pay
      // for orders we already cancelled. If it turns out paid meanwhile, record the payment instead.
      let voided: "void" | "paid";
      try {
        voided = await stripeCardProvider.voidPending!({ providerRef: target.providerRef });
      } catch {
        return { status: 503, body: { received: false, error: "could not reach Stripe, retry later" } };
      }
      if (voided === "paid") {
        return record(db, event, (tx) =>
          markCheckoutPaid(tx, {
            checkoutId: target.checkoutId,
            actor: STRIPE_ACTOR,
            source: `stripe:${event.id}`,
          }),
        );
      }
      return record(db, event, async (tx) =>
        (await releaseCheckoutStock(tx, {
          checkoutId: target.checkoutId,
          checkoutStatus: "cancelled",
          paymentStatus: "failed",
          actor: STRIPE_ACTOR,
          note: "Thanh toán thẻ không thành công",
        }))
          ? "failed"
          : "ignored_not_pending",
      );
    }
    default:
      return { status: 200, body: { received: true, outcome: "ignored" } };
  }
}

/**
 * Inserts the event id and applies `effect` in one transaction. ON CONFLICT DO NOTHING makes a concurrent
 * second delivery wait for the first to commit, then see the row and skip the effect.
 */
async function record(
  db: Db,
  event: Stripe.Event,
  effect: (tx: DbTx) => Promise<string>,
): Promise<WebhookResult> {
  const outcome = await db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "WebhookEvent" (id, provider, type, "receivedAt") VALUES (${event.id}, 'stripe', ${event.type}, ${new Date()})
      ON CONFLICT (id) DO NOTHING`;
    if (inserted === 0) return null;
    return effect(tx);
  }, ORDER_TX);
  return outcome === null
    ? { status: 200, body: { received: true, duplicate: true } }
    : { status: 200, body: { received: true, outcome } };
}

/** The checkout a Stripe event belongs to: by session id (our providerRef), else by the metadata we set. */
async function findPayment(
  db: Db,
  event: Stripe.Event,
): Promise<{ checkoutId: string; providerRef: string | null } | null> {
  let sessionId: string | null = null;
  let checkoutId: string | null = null;
  if (event.type === "checkout.session.completed" || event.type === "checkout.session.expired") {
    const s = event.data.object;
    sessionId = s.id;
    checkoutId = s.client_reference_id ?? s.metadata?.checkoutId ?? null;
  } else if (event.type === "payment_intent.payment_failed") {
    checkoutId = event.data.object.metadata?.checkoutId ?? null;
  }
  const select = { checkoutId: true, providerRef: true, method: true } as const;
  const payment =
    (sessionId ? await db.payment.findUnique({ where: { providerRef: sessionId }, select }) : null) ??
    (checkoutId ? await db.payment.findUnique({ where: { checkoutId }, select }) : null);
  return payment && payment.method === "card" ? payment : null;
}
