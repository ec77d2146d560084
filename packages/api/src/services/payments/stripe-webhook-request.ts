import type { Db } from "@cho-phien/db";
import { handleStripeWebhook, WEBHOOK_MAX_BYTES } from "./handle-stripe-webhook";

/**
 * The whole HTTP side of the Stripe webhook (the Next.js route only calls this), so tests drive exactly
 * what production runs. The body is read as raw text — the signature covers the exact bytes — and reading
 * stops past 1 MB: a 5 MB body is refused (413) without being buffered or parsed.
 */
export async function stripeWebhookResponse(db: Db, request: Request): Promise<Response> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > WEBHOOK_MAX_BYTES) return tooLarge();
  const raw = await readTextWithLimit(request, WEBHOOK_MAX_BYTES);
  if (raw === null) return tooLarge();
  const result = await handleStripeWebhook(db, raw, request.headers.get("stripe-signature"));
  return Response.json(result.body, { status: result.status });
}

function tooLarge(): Response {
  return Response.json({ received: false, error: "payload too large" }, { status: 413 });
}

/** The body as UTF-8 text, or null as soon as it exceeds `limit` bytes (chunked bodies have no length). */
export async function readTextWithLimit(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
