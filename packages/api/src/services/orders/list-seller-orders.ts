import type { DbTx, OrderStatus, PaymentMethod, PaymentStatus, Prisma } from "@cho-phien/db";
import { formatAddressLine } from "@cho-phien/validators/address";
import { CARRIER_LABEL, type TCarrier } from "@cho-phien/validators/checkout";
import {
  ACTIVE_ORDER_STATUSES,
  SELLER_ORDERS_PAGE_SIZE,
  type TSellerStep,
  type ZSellerOrdersInput,
} from "@cho-phien/validators/orders";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { shopAccessWhere } from "../shops/shop-access";
import { canRecordCash } from "./cod-collectable";
import { nextSellerStep } from "./next-seller-step";
import { ORDER_LINE_SELECT, type OrderLineView } from "./order-line";
import { ORDER_STATUS_LABEL_VI } from "./order-state-machine";

export interface MyOrder {
  code: string;
  status: OrderStatus;
  statusLabel: string;
  createdAt: Date;
  shop: { id: string; name: string };
  /** The number the buyer ordered with (E.164): the farm calls it when something is unclear. */
  buyerPhone: string;
  /** The delivery address as the buyer typed it at checkout, with the one-line form a courier writes. */
  address: {
    recipientName: string;
    phone: string;
    provinceCode: string;
    ward: string;
    street: string;
    line: string;
  };
  items: OrderLineView[];
  itemsTotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
  payment: { method: PaymentMethod; status: PaymentStatus } | null;
  /** Cash the carrier collects from the buyer for this parcel (0 when paid online). */
  codAmountVnd: number;
  /** What the farm recorded as received for a COD order (orders.recordCashCollected), if it did. */
  codCollected: { amountVnd: number; at: Date } | null;
  /** Whether the farm may record (or correct) the COD cash now: a delivered or completed COD order. */
  canRecordCash: boolean;
  shipment: { carrier: string; carrierName: string; trackingCode: string | null } | null;
  /** The farm's next step on this order, or null when it is not the farm's move. */
  nextStep: TSellerStep | null;
}

export interface MyOrdersPage {
  items: MyOrder[];
  total: number;
  page: number;
  pageSize: number;
  /** Orders per status over the same shops (ignoring the status filter), for the filter tabs. */
  counts: Partial<Record<OrderStatus, number>>;
}

/**
 * Orders of every shop the user manages — their own, and those they help with as a ShopHelper — newest
 * first ("active": new orders waiting to be accepted first). Ownership is a condition of the same query that reads the orders, so another farm's order can
 * never be listed, and a `shopId` the user does not manage simply matches nothing.
 */
export async function listSellerOrders(
  db: DbTx,
  actor: UserActor,
  input: z.output<typeof ZSellerOrdersInput>,
): Promise<MyOrdersPage> {
  const mine: Prisma.OrderWhereInput = {
    shop: shopAccessWhere(actor),
    ...(input.shopId ? { shopId: input.shopId } : {}),
  };
  const where: Prisma.OrderWhereInput = {
    ...mine,
    ...(input.status === "active"
      ? { status: { in: [...ACTIVE_ORDER_STATUSES] } }
      : input.status
        ? { status: input.status }
        : {}),
  };
  const [rows, total, byStatus] = await Promise.all([
    db.order.findMany({
      where,
      select: {
        code: true,
        status: true,
        createdAt: true,
        buyerPhone: true,
        address: true,
        itemsTotalVnd: true,
        shippingVnd: true,
        totalVnd: true,
        codCollectedVnd: true,
        codCollectedAt: true,
        shop: { select: { id: true, name: true } },
        items: {
          select: ORDER_LINE_SELECT,
          orderBy: { id: "asc" },
        },
        shipment: { select: { carrier: true, trackingCode: true, codAmountVnd: true } },
        checkout: { select: { paymentMethod: true, payment: { select: { method: true, status: true } } } },
      },
      // The to-do tab puts new orders (placed) first, then accepted, packed, shipped (the enum's order).
      orderBy: [
        ...(input.status === "active" ? [{ status: "asc" as const }] : []),
        { createdAt: "desc" },
        { id: "desc" },
      ],
      skip: (input.page - 1) * SELLER_ORDERS_PAGE_SIZE,
      take: SELLER_ORDERS_PAGE_SIZE,
    }),
    db.order.count({ where }),
    db.order.groupBy({ by: ["status"], where: mine, _count: { _all: true } }),
  ]);
  return {
    items: rows.map((o) => {
      const a = o.address as Record<string, string>;
      const address = {
        recipientName: a.recipientName ?? "",
        phone: a.phone ?? o.buyerPhone,
        provinceCode: a.provinceCode ?? "",
        ward: a.ward ?? "",
        street: a.street ?? "",
      };
      return {
        code: o.code,
        status: o.status,
        statusLabel: ORDER_STATUS_LABEL_VI[o.status],
        createdAt: o.createdAt,
        shop: o.shop,
        buyerPhone: o.buyerPhone,
        address: { ...address, line: formatAddressLine(address) },
        items: o.items,
        itemsTotalVnd: o.itemsTotalVnd,
        shippingVnd: o.shippingVnd,
        totalVnd: o.totalVnd,
        payment: o.checkout.payment,
        codAmountVnd: o.shipment?.codAmountVnd ?? 0,
        codCollected:
          o.codCollectedAt && o.codCollectedVnd !== null
            ? { amountVnd: o.codCollectedVnd, at: o.codCollectedAt }
            : null,
        canRecordCash: canRecordCash(o.status, o.checkout.paymentMethod),
        shipment: o.shipment
          ? {
              carrier: o.shipment.carrier,
              carrierName: CARRIER_LABEL[o.shipment.carrier as TCarrier] ?? o.shipment.carrier,
              trackingCode: o.shipment.trackingCode,
            }
          : null,
        nextStep: nextSellerStep(o.status),
      };
    }),
    total,
    page: input.page,
    pageSize: SELLER_ORDERS_PAGE_SIZE,
    counts: Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])),
  };
}
