import type { PaymentMethod } from "@cho-phien/db";
import { codProvider } from "./cod-provider";
import type { PaymentProvider } from "./payment-provider";

// vietqr and card providers are registered here as they are implemented.
const providers: Partial<Record<PaymentMethod, PaymentProvider>> = {
  cod: codProvider,
};

export function getPaymentProvider(method: PaymentMethod): PaymentProvider | undefined {
  const p = providers[method];
  return p?.isAvailable() ? p : undefined;
}

export function availablePaymentMethods(): PaymentMethod[] {
  return (Object.values(providers) as PaymentProvider[]).filter((p) => p.isAvailable()).map((p) => p.method);
}

export type { PaymentProvider, PaymentStart, CheckoutForPayment } from "./payment-provider";
