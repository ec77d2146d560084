import type { PaymentMethod } from "@cho-phien/db";
import { codProvider } from "./cod-provider";
import type { PaymentProvider } from "./payment-provider";
import { stripeCardProvider } from "./stripe-card-provider";
import { vietQrProvider } from "./vietqr-provider";

const providers: Record<PaymentMethod, PaymentProvider> = {
  cod: codProvider,
  vietqr: vietQrProvider,
  card: stripeCardProvider,
};

export function getPaymentProvider(method: PaymentMethod): PaymentProvider | undefined {
  const p = providers[method];
  return p?.isAvailable() ? p : undefined;
}

/**
 * The provider behind an existing payment, available or not: a card checkout placed while Stripe was
 * configured must still be voided by the expiry sweep even if the key was since removed (it then fails loudly).
 */
export function providerFor(method: PaymentMethod): PaymentProvider {
  return providers[method];
}

export function availablePaymentMethods(): PaymentMethod[] {
  return (Object.values(providers) as PaymentProvider[]).filter((p) => p.isAvailable()).map((p) => p.method);
}

export type { CheckoutForPayment, PaymentProvider, PaymentStart } from "./payment-provider";
export { buildVietQrPayload, platformBankAccount, transferNoteFor } from "./vietqr-provider";
