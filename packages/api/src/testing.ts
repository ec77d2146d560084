/**
 * `@cho-phien/api/testing`: what browser tests and benchmarks need beyond the router. The fake Stripe server
 * (Stripe's HTTP API on loopback, for the SDK to talk to), the fake eSMS (a production build sends its one-time
 * codes through the real SMS adapter without texting anyone), the search SQL the bench times on raw `pg`, and
 * the checkout services the bench calls in-process to measure an order's cost without HTTP. Never used by the
 * apps.
 */

// Re-exported so browser tests reach it through this entry (they do not depend on @cho-phien/messaging).
export { type FakeEsms, startFakeEsms } from "@cho-phien/messaging/testing/fake-esms";
export { redisAnswers } from "./http/response-cache";
export { addToCart } from "./services/cart/add-to-cart";
export { mintGuestToken } from "./services/cart/guest-cart-cookie";
export { buildSearchCountSql, buildSearchSql } from "./services/catalog/search-sql";
export { placeOrder } from "./services/checkout/place-order";
export { startFakeStripe } from "./test/fake-stripe";
