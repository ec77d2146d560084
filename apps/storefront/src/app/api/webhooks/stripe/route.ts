import { stripeWebhookResponse } from "@cho-phien/api/http";
import { getDb } from "@cho-phien/db";

// The signature covers the exact bytes Stripe sent, so the body is read raw here (never parsed by Next),
// on Node (the Stripe SDK's crypto), uncached.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Stripe → POST /api/webhooks/stripe. 400 bad signature, 413 over 1 MB, 200 done or duplicate. */
export function POST(request: Request): Promise<Response> {
  return stripeWebhookResponse(getDb(), request);
}
