import type {
  CheckoutStatus,
  DbTx,
  OrderStatus,
  PaymentMethod,
  PaymentStatus,
  ShipmentStatus,
} from "@cho-phien/db";
import { addressSnapshotOf, type TAddressSnapshot } from "@cho-phien/validators/address";
import { CARRIER_LABEL, type TCarrier } from "@cho-phien/validators/checkout";
import { ORDER_LINE_SELECT, type OrderLineView } from "../orders/order-line";
import { ORDER_STATUS_LABEL_VI } from "../orders/order-state-machine";
import { platformBankAccount } from "../payments/vietqr-provider";

export interface CheckoutOrderView {
  code: string;
  status: OrderStatus;
  statusLabel: string;
  shop: { id: string; slug: string; name: string; provinceCode: string };
  itemsTotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
  items: OrderLineView[];
  shipment: {
    carrier: string;
    carrierName: string;
    service: string;
    feeVnd: number;
    weightGrams: number;
    estimatedDays: number;
    trackingCode: string | null;
    status: ShipmentStatus;
    codAmountVnd: number;
  } | null;
  history: { from: OrderStatus | null; to: OrderStatus; at: Date; note: string | null }[];
}

/** A placed checkout as the buyer sees it on the confirmation page: one card per farm order. */
export interface CheckoutView {
  code: string;
  status: CheckoutStatus;
  paymentMethod: PaymentMethod;
  createdAt: Date;
  expiresAt: Date | null;
  buyerPhone: string;
  /** As stored when it was placed: official ward name and code, or an older order's free text. */
  address: TAddressSnapshot;
  itemsTotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
  orders: CheckoutOrderView[];
  payment: {
    method: PaymentMethod;
    status: PaymentStatus;
    amountVnd: number;
    providerRef: string | null;
    redirectUrl: string | null;
    qrPayload: string | null;
    paidAt: Date | null;
    /** For a bank transfer: the platform account the buyer pays, shown beside the QR to check whom they pay. */
    bankAccount: { accountName: string; accountNo: string } | null;
  } | null;
}

const checkoutSelect = {
  id: true,
  code: true,
  status: true,
  paymentMethod: true,
  createdAt: true,
  expiresAt: true,
  buyerId: true,
  buyerPhone: true,
  address: true,
  itemsTotalVnd: true,
  shippingVnd: true,
  totalVnd: true,
  payment: {
    select: {
      method: true,
      status: true,
      amountVnd: true,
      providerRef: true,
      redirectUrl: true,
      qrPayload: true,
      paidAt: true,
    },
  },
  orders: {
    orderBy: { code: "asc" },
    select: {
      code: true,
      status: true,
      itemsTotalVnd: true,
      shippingVnd: true,
      totalVnd: true,
      shop: { select: { id: true, slug: true, name: true, provinceCode: true } },
      items: {
        orderBy: { id: "asc" },
        select: ORDER_LINE_SELECT,
      },
      shipment: {
        select: {
          carrier: true,
          service: true,
          feeVnd: true,
          weightGrams: true,
          estimatedDays: true,
          trackingCode: true,
          status: true,
          codAmountVnd: true,
        },
      },
      history: {
        orderBy: { createdAt: "asc" },
        select: { from: true, to: true, createdAt: true, note: true },
      },
    },
  },
} as const;

export type CheckoutRecord = NonNullable<Awaited<ReturnType<typeof findCheckoutRecord>>>;

export function findCheckoutRecord(
  db: DbTx,
  where: { id: string } | { code: string } | { idempotencyKey: string },
) {
  return db.checkout.findUnique({ where: where as { id: string }, select: checkoutSelect });
}

export function toCheckoutView(c: CheckoutRecord): CheckoutView {
  return {
    code: c.code,
    status: c.status,
    paymentMethod: c.paymentMethod,
    createdAt: c.createdAt,
    expiresAt: c.expiresAt,
    buyerPhone: c.buyerPhone,
    address: addressSnapshotOf(c.address),
    itemsTotalVnd: c.itemsTotalVnd,
    shippingVnd: c.shippingVnd,
    totalVnd: c.totalVnd,
    payment: c.payment && {
      ...c.payment,
      bankAccount: c.payment.method === "vietqr" ? platformAccountShown() : null,
    },
    orders: c.orders.map((o) => ({
      code: o.code,
      status: o.status,
      statusLabel: ORDER_STATUS_LABEL_VI[o.status],
      shop: o.shop,
      itemsTotalVnd: o.itemsTotalVnd,
      shippingVnd: o.shippingVnd,
      totalVnd: o.totalVnd,
      items: o.items,
      shipment: o.shipment
        ? { ...o.shipment, carrierName: CARRIER_LABEL[o.shipment.carrier as TCarrier] ?? o.shipment.carrier }
        : null,
      history: o.history.map((h) => ({ from: h.from, to: h.to, at: h.createdAt, note: h.note })),
    })),
  };
}

function platformAccountShown() {
  const { accountName, accountNo } = platformBankAccount();
  return { accountName, accountNo };
}
