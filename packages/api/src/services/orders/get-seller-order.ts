import type { DbTx, OrderStatus, PaymentMethod } from "@cho-phien/db";
import { CARRIER_LABEL, type TCarrier } from "@cho-phien/validators/checkout";
import { provinceByCode } from "@cho-phien/validators/provinces";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { shopAccessWhere } from "../shops/shop-access";
import { canRecordCash } from "./cod-collectable";
import { type OrderAddressView, orderAddressView } from "./order-address-view";
import { ORDER_LINE_SELECT, type OrderLineView } from "./order-line";
import { ORDER_STATUS_LABEL_VI } from "./order-state-machine";

export interface SellerOrder {
  code: string;
  status: OrderStatus;
  statusLabel: string;
  createdAt: Date;
  /** The farm, and where the carrier picks the parcel up. */
  shop: { id: string; name: string; phone: string | null; pickupAddress: string };
  buyerPhone: string;
  recipient: OrderAddressView;
  items: OrderLineView[];
  itemsTotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
  paymentMethod: PaymentMethod;
  /** Cash the carrier collects from the buyer (0 when paid online). */
  codAmountVnd: number;
  /** What the farm recorded as received for a COD order, if it did. */
  codCollected: { amountVnd: number; at: Date } | null;
  canRecordCash: boolean;
  shipment: { carrierName: string; trackingCode: string | null } | null;
}

/**
 * One order of a shop the caller may act on (owner, accepted helper, admin), by its code: what the farm
 * needs to pack it and label the parcel. Another farm's order is "not found", like a code that does not exist.
 */
export async function getSellerOrder(db: DbTx, actor: UserActor, code: string): Promise<SellerOrder> {
  const o = await db.order.findFirst({
    where: { code, shop: shopAccessWhere(actor) },
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
      shop: {
        select: {
          id: true,
          name: true,
          phone: true,
          addressLine: true,
          communeName: true,
          provinceCode: true,
        },
      },
      items: { select: ORDER_LINE_SELECT, orderBy: { id: "asc" } },
      shipment: { select: { carrier: true, trackingCode: true, codAmountVnd: true } },
      checkout: { select: { paymentMethod: true } },
    },
  });
  if (!o) throw notFound("Không tìm thấy đơn hàng của gian hàng bạn quản lý");
  const method = o.checkout.paymentMethod;
  return {
    code: o.code,
    status: o.status,
    statusLabel: ORDER_STATUS_LABEL_VI[o.status],
    createdAt: o.createdAt,
    shop: {
      id: o.shop.id,
      name: o.shop.name,
      phone: o.shop.phone,
      pickupAddress: [
        o.shop.addressLine,
        o.shop.communeName,
        provinceByCode(o.shop.provinceCode)?.name ?? o.shop.provinceCode,
      ]
        .map((s) => s.trim())
        .filter(Boolean)
        .join(", "),
    },
    buyerPhone: o.buyerPhone,
    recipient: orderAddressView(o.address, o.buyerPhone),
    items: o.items,
    itemsTotalVnd: o.itemsTotalVnd,
    shippingVnd: o.shippingVnd,
    totalVnd: o.totalVnd,
    paymentMethod: method,
    // The shipment's COD amount is what the carrier was told to collect; without a shipment, the total.
    codAmountVnd: method === "cod" ? (o.shipment?.codAmountVnd ?? o.totalVnd) : 0,
    codCollected:
      o.codCollectedAt && o.codCollectedVnd !== null
        ? { amountVnd: o.codCollectedVnd, at: o.codCollectedAt }
        : null,
    canRecordCash: canRecordCash(o.status, method),
    shipment: o.shipment
      ? {
          carrierName: CARRIER_LABEL[o.shipment.carrier as TCarrier] ?? o.shipment.carrier,
          trackingCode: o.shipment.trackingCode,
        }
      : null,
  };
}
