import type Stripe from "stripe";
import type { CheckoutForPayment, PaymentProvider } from "./payment-provider";
import { getStripe, storefrontUrl, stripeConfigured } from "./stripe-client";

/** Minutes an unpaid card checkout holds its stock (Stripe's shortest session lifetime is 30 minutes). */
export const CARD_HOLD_MINUTES = 30;

/**
 * Stripe refuses an expires_at less than 30 minutes after it receives the request, so a request that spends
 * a few seconds on the wire would fail with exactly 30. The session is given one extra minute; it never
 * outlives our hold, because the expiry sweep expires the session at Stripe before releasing the stock
 * (voidPending below).
 */
const STRIPE_EXPIRY_MARGIN_SECONDS = 60;

/**
 * The Stripe Checkout Session for a checkout, in VND. VND is zero-decimal in Stripe: `unit_amount` is whole
 * đồng, exactly our integer prices, never multiplied by 100.
 */
export function buildCheckoutSessionParams(
  checkout: CheckoutForPayment,
  now: Date = new Date(),
): Stripe.Checkout.SessionCreateParams {
  const linesTotal = checkout.lines.reduce((s, l) => s + l.priceVnd * l.quantity, 0);
  if (linesTotal + checkout.shippingVnd !== checkout.totalVnd) {
    // The amount Stripe charges is the sum of the lines; refuse to open a session that would differ from
    // what the buyer was shown.
    throw new Error(
      `checkout ${checkout.code}: lines ${linesTotal} + shipping ${checkout.shippingVnd} != total ${checkout.totalVnd}`,
    );
  }
  const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = checkout.lines.map((l) => ({
    quantity: l.quantity,
    price_data: { currency: "vnd", unit_amount: l.priceVnd, product_data: { name: l.title.slice(0, 250) } },
  }));
  if (checkout.shippingVnd > 0) {
    lineItems.push({
      quantity: 1,
      price_data: {
        currency: "vnd",
        unit_amount: checkout.shippingVnd,
        product_data: { name: "Phí vận chuyển / Shipping" },
      },
    });
  }
  const metadata = { checkoutId: checkout.id, checkoutCode: checkout.code };
  const back = `${storefrontUrl()}/checkout/${encodeURIComponent(checkout.code)}`;
  return {
    mode: "payment",
    currency: "vnd",
    line_items: lineItems,
    client_reference_id: checkout.id,
    metadata,
    // payment_intent.payment_failed carries the intent, not the session: the same ids let it find the checkout.
    payment_intent_data: { metadata },
    success_url: `${back}?thanh-toan=thanh-cong`,
    cancel_url: `${back}?thanh-toan=huy`,
    expires_at: Math.floor(now.getTime() / 1000) + CARD_HOLD_MINUTES * 60 + STRIPE_EXPIRY_MARGIN_SECONDS,
    locale: "vi",
  };
}

/** Cards through Stripe Checkout. Hidden unless STRIPE_SECRET_KEY is set. */
export const stripeCardProvider: PaymentProvider = {
  method: "card",
  isAvailable: stripeConfigured,
  initialOrderStatus: "pending_payment",
  holdMinutes: CARD_HOLD_MINUTES,
  async start(_db, checkout) {
    const session = await getStripe().checkout.sessions.create(buildCheckoutSessionParams(checkout), {
      // placeOrder may call start again after a timeout; Stripe then returns the same session.
      idempotencyKey: `cho-phien-checkout-${checkout.id}`,
    });
    if (!session.url) throw new Error(`Stripe session ${session.id} has no url`);
    return { providerRef: session.id, redirectUrl: session.url };
  },
  async voidPending(payment) {
    if (!payment.providerRef) return "void";
    const stripe = getStripe();
    try {
      await stripe.checkout.sessions.expire(payment.providerRef);
      return "void";
    } catch (e) {
      // Expiring fails when the session is no longer open: it was paid, or Stripe expired it already.
      const session = await stripe.checkout.sessions.retrieve(payment.providerRef);
      if (session.status === "complete" && session.payment_status === "paid") return "paid";
      if (session.status === "expired") return "void";
      throw e;
    }
  },
};
