import type { Db, PaymentMethod } from "@cho-phien/db";

export interface CheckoutForPayment {
  id: string;
  code: string;
  totalVnd: number;
  buyerPhone: string;
  lines: { title: string; quantity: number; priceVnd: number }[];
  shippingVnd: number;
}

export interface PaymentStart {
  /** Where to send the buyer (Stripe Checkout). */
  redirectUrl?: string;
  /** The VietQR (NAPAS/EMVCo) payload to render as a QR image. */
  qrPayload?: string;
  /** The provider's id for this payment (Stripe session id, transfer note). */
  providerRef?: string;
}

/**
 * One implementation per payment method (cod, vietqr, card). placeOrder commits the checkout, its orders and
 * the Payment row first, then calls `start` OUTSIDE the transaction (no network call while rows are locked).
 */
export interface PaymentProvider {
  method: PaymentMethod;
  /** Whether the buyer may choose it now (card is hidden when STRIPE_SECRET_KEY is unset). */
  isAvailable(): boolean;
  /** COD goes to the farm at once ("placed"); transfer and card wait for money ("pending_payment"). */
  initialOrderStatus: "placed" | "pending_payment";
  /** Minutes an unpaid checkout keeps its stock before release; null = no expiry. */
  holdMinutes: number | null;
  start(db: Db, checkout: CheckoutForPayment): Promise<PaymentStart>;
  /**
   * Called before an unpaid checkout is expired or cancelled, OUTSIDE any transaction: makes sure the payment
   * can no longer be completed (Stripe: expire the Checkout Session). "paid" means the money arrived first,
   * and the caller must record it instead of releasing the stock. Absent = nothing to void (a bank transfer
   * cannot be stopped; a late one is recorded as paid and refunded).
   */
  voidPending?(payment: { providerRef: string | null }): Promise<"void" | "paid">;
}
