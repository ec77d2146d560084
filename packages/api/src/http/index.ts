/**
 * `@cho-phien/api/http`: the API over HTTP. `trpcHttpHandler` answers `/api/trpc/*` as a fetch handler (each
 * app's route handler under `next dev`); `serveApp` runs an app in production as one Node server that answers
 * the API itself and hands every other path to Next.js; `stripeWebhookResponse` answers Stripe's webhook;
 * `securePageRequest` gives each app's proxy.ts the page's nonce and security headers.
 */

export { stripeWebhookResponse } from "../services/payments/stripe-webhook-request";
export { createAppServer, MAX_API_BODY_BYTES } from "./app-server";
export { healthResponse } from "./health-handler";
export { MEDIA_CACHE_CONTROL, mediaResponse } from "./media-handler";
export { NONCE_HEADER, securePageRequest } from "./security-headers";
export { serveApp } from "./serve-app";
export { PUBLIC_CATALOG_CACHE_CONTROL, trpcHttpHandler } from "./trpc-handler";
export { uploadImageResponse } from "./upload-handler";
