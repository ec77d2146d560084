import { QRPay } from "vietnam-qr-pay";
import { readApiEnv } from "../../env";
import type { PaymentProvider } from "./payment-provider";

/** An unpaid transfer keeps its stock for a day: buyers in villages may reach a bank or a signal later. */
export const VIETQR_HOLD_MINUTES = 24 * 60;

export interface PlatformBankAccount {
  /** NAPAS bank BIN (Vietcombank 970436). */
  bankBin: string;
  accountNo: string;
  /** Shown beside the QR so the buyer can check whom they pay; VietQR itself carries no name. */
  accountName: string;
}

/** The platform's receiving account (env.ts: demo defaults in development, refused in production). */
export function platformBankAccount(): PlatformBankAccount {
  const env = readApiEnv();
  return {
    bankBin: env.VIETQR_BANK_BIN,
    accountNo: env.VIETQR_ACCOUNT_NO,
    accountName: env.VIETQR_ACCOUNT_NAME,
  };
}

/**
 * The transfer note is the checkout code: the admin (and later a payOS/SePay webhook) matches an incoming
 * transfer to its checkout by it. Banks strip diacritics and some punctuation from notes, and NAPAS allows
 * 25 characters here, so only [A-Z0-9-] survive.
 */
export function transferNoteFor(checkoutCode: string): string {
  return checkoutCode
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, "")
    .slice(0, 25);
}

/**
 * A dynamic VietQR (NAPAS, EMVCo tag-length-value, service QRIBFTTA, currency 704, CRC16) for the exact
 * amount in whole đồng, so the buyer's banking app fills in account, amount and note by itself.
 */
export function buildVietQrPayload(args: {
  amountVnd: number;
  note: string;
  account?: PlatformBankAccount;
}): string {
  if (!Number.isInteger(args.amountVnd) || args.amountVnd <= 0)
    throw new Error("VietQR amount must be whole đồng > 0");
  const account = args.account ?? platformBankAccount();
  const qr = QRPay.initVietQR({
    bankBin: account.bankBin,
    bankNumber: account.accountNo,
    amount: String(args.amountVnd),
    purpose: args.note,
  });
  return qr.build();
}

/** Bank transfer by VietQR: the order waits (pending_payment) until an admin marks the transfer received. */
export const vietQrProvider: PaymentProvider = {
  method: "vietqr",
  isAvailable: () => true,
  initialOrderStatus: "pending_payment",
  holdMinutes: VIETQR_HOLD_MINUTES,
  async start(_db, checkout) {
    const note = transferNoteFor(checkout.code);
    return { qrPayload: buildVietQrPayload({ amountVnd: checkout.totalVnd, note }), providerRef: note };
  },
};
