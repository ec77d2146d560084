import Stripe from "stripe";

/**
 * The platform's Stripe client. Stripe does not onboard merchants based in Vietnam, so the account is held
 * abroad and charges buyers' cards in VND (docs/domain/payments.md). STRIPE_API_HOST/PORT/PROTOCOL point the
 * real SDK at a local fake in tests (src/test/fake-stripe.ts); in production they are unset and the SDK talks
 * to Stripe.
 */
export function stripeConfigured(): boolean {
  return !!process.env.STRIPE_SECRET_KEY;
}

let cached: { key: string; client: Stripe } | null = null;

export function getStripe(): Stripe {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) throw new Error("STRIPE_SECRET_KEY is not set");
  const host = process.env.STRIPE_API_HOST;
  const port = process.env.STRIPE_API_PORT;
  const protocol = process.env.STRIPE_API_PROTOCOL as "http" | "https" | undefined;
  // Cache per configuration: tests start a fresh fake (new port) per file.
  const cacheKey = [key, host, port, protocol].join("|");
  if (cached?.key !== cacheKey) {
    cached = {
      key: cacheKey,
      client: new Stripe(key, {
        ...(host ? { host } : {}),
        ...(port ? { port: Number(port) } : {}),
        ...(protocol ? { protocol } : {}),
        // A retry inside a buyer's request would double the wait on a slow link; the expiry sweep retries
        // every minute instead, and session creation carries an idempotency key.
        maxNetworkRetries: 0,
        telemetry: false,
        timeout: 20_000,
      }),
    };
  }
  return cached.client;
}

/** Webhook signing secret (whsec_...), or null when webhooks are not configured. */
export function stripeWebhookSecret(): string | null {
  return process.env.STRIPE_WEBHOOK_SECRET || null;
}

/** Base URL of the storefront, for Stripe's success/cancel redirects. */
export function storefrontUrl(): string {
  return (process.env.STOREFRONT_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
