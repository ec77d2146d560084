import type { Db } from "@cho-phien/db";
import { CARRIER_LABEL, type TCarrier } from "@cho-phien/validators/checkout";
import type { TSellerStep } from "@cho-phien/validators/orders";
import type { UserActor } from "../../actor";
import { notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { shopAccessWhere } from "../shops/shop-access";
import { actOnShop } from "../shops/shop-actor";
import { ORDER_STATUS_LABEL_VI } from "./order-state-machine";
import { ORDER_TX } from "./transaction-options";
import { transitionOrder } from "./transition-order";

/**
 * A farm moves its order along: accepted → packed → shipped (with the carrier's tracking code) → delivered.
 * Only the shop's owner or one of its helpers (village digital team, with the farmer's consent) — checked
 * in the query that finds the order, so another farm's order is simply "not found". Admins may act on any
 * shop (their role is in the audit entry). Illegal steps are refused by the state machine with a clear
 * message; repeating the current step changes nothing.
 */
export async function sellerAdvanceOrder(
  db: Db,
  args: {
    code: string;
    to: TSellerStep;
    trackingCode?: string;
    carrier?: TCarrier;
    actor: UserActor;
  },
): Promise<{ code: string; status: TSellerStep; statusLabel: string; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: {
        code: args.code,
        shop: shopAccessWhere(args.actor),
      },
      select: {
        id: true,
        code: true,
        shopId: true,
        itemsTotalVnd: true,
        shippingVnd: true,
        items: { select: { weightGrams: true, quantity: true } },
      },
    });
    if (!order) throw notFound("Không tìm thấy đơn hàng của gian hàng bạn quản lý");
    // The audit names how the caller stands to this shop: a helper is recorded as "helper", not the owner.
    const shopActor = await actOnShop(tx, args.actor, order.shopId);
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${order.id} FOR UPDATE`;

    const note =
      args.to === "shipped"
        ? `Mã vận đơn ${args.trackingCode}${args.carrier ? ` (${CARRIER_LABEL[args.carrier]})` : ""}`
        : undefined;
    const changed = await transitionOrder(tx, {
      orderId: order.id,
      to: args.to,
      actor: { id: shopActor.id, role: shopActor.role },
      note,
    });
    if (changed) {
      // The order's own audit row (transitionOrder) names the actor and their role; this one files the step
      // under the shop too, so "who did what on this farm" is one audit chain per shop.
      await appendAudit(tx, {
        actorId: shopActor.id,
        actorRole: shopActor.role,
        action: "shop.order_advanced",
        entityType: "Shop",
        entityId: order.shopId,
        data: { shopId: order.shopId, orderId: order.id, orderCode: order.code, to: args.to },
      });
    }

    if (args.to === "shipped") {
      const data = {
        trackingCode: args.trackingCode ?? null,
        status: "in_transit" as const,
        ...(args.carrier ? { carrier: args.carrier } : {}),
      };
      const updated = await tx.shipment.updateMany({ where: { orderId: order.id }, data });
      if (updated.count === 0) {
        // Checkout normally creates the shipment with its quote; keep tracking even if it did not.
        await tx.shipment.create({
          data: {
            orderId: order.id,
            carrier: args.carrier ?? "vnpost",
            feeVnd: order.shippingVnd,
            weightGrams: order.items.reduce((s, i) => s + i.weightGrams * i.quantity, 0),
            estimatedDays: 3,
            ...data,
          },
        });
      }
    } else if (args.to === "delivered" && changed) {
      await tx.shipment.updateMany({ where: { orderId: order.id }, data: { status: "delivered" } });
    }
    return { code: order.code, status: args.to, statusLabel: ORDER_STATUS_LABEL_VI[args.to], changed };
  }, ORDER_TX);
}
