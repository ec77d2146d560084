import type { Db } from "@cho-phien/db";
import { formatDateVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { CASH_CLOCK_SKEW_MS, type ZRecordCashCollectedInput } from "@cho-phien/validators/orders";
import { vietnamDay } from "@cho-phien/validators/vietnam-day";
import type { z } from "zod";
import type { UserActor } from "../../actor";
import { badRequest, conflict, notFound } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { shopAccessWhere } from "../shops/shop-access";
import { actOnShop } from "../shops/shop-actor";
import { COD_COLLECTABLE_STATUSES } from "./cod-collectable";
import { ORDER_STATUS_LABEL_VI } from "./order-state-machine";
import { ORDER_TX } from "./transaction-options";

export interface CashCollected {
  code: string;
  codCollectedVnd: number;
  codCollectedAt: Date;
  /** false when the same amount was already recorded for the same day (a repeated submit). */
  changed: boolean;
}

/**
 * The farm records the cash the carrier handed over for a cash-on-delivery order: how much (whole đồng, at
 * most the order's total — a carrier may hand over less, e.g. after a partial refusal) and when (not before
 * the order, not in the future). Only for COD orders delivered or completed, of a shop the caller may act on
 * (owner, helper, admin — checked in the query; another farm's order is "not found"). Audited with the
 * caller's role on this shop.
 *
 * Recording again replaces the figure (a correction), with an audit entry naming the previous one. The same
 * amount on the same Vietnam day is the same record: a repeated submit changes nothing and is not audited.
 */
export async function recordCashCollected(
  db: Db,
  actor: UserActor,
  input: z.output<typeof ZRecordCashCollectedInput>,
  now: Date = new Date(),
): Promise<CashCollected> {
  return db.$transaction(async (tx) => {
    const found = await tx.order.findFirst({
      where: {
        ...(input.code ? { code: input.code } : { id: input.orderId }),
        shop: shopAccessWhere(actor),
      },
      select: { id: true, shopId: true },
    });
    if (!found) throw notFound("Không tìm thấy đơn hàng của gian hàng bạn quản lý");
    const shopActor = await actOnShop(tx, actor, found.shopId);
    // Read under the row lock: a concurrent status change or second recording waits for this one.
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${found.id} FOR UPDATE`;
    const order = await tx.order.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        code: true,
        status: true,
        totalVnd: true,
        createdAt: true,
        codCollectedVnd: true,
        codCollectedAt: true,
        checkout: { select: { paymentMethod: true } },
      },
    });

    if (order.checkout.paymentMethod !== "cod") {
      throw badRequest(
        `Đơn ${order.code} được thanh toán trước, không có tiền thu hộ (COD) để ghi nhận.`,
        "NOT_COD",
      );
    }
    if (!(COD_COLLECTABLE_STATUSES as readonly string[]).includes(order.status)) {
      throw conflict(
        `Chỉ ghi nhận tiền thu hộ khi đơn đã giao đến người mua. Đơn ${order.code} đang ở bước “${ORDER_STATUS_LABEL_VI[order.status]}”.`,
        "NOT_DELIVERED",
      );
    }
    if (input.amountVnd > order.totalVnd) {
      throw badRequest(
        `Số tiền đã thu (${formatVnd(input.amountVnd)}) không được lớn hơn tổng đơn (${formatVnd(order.totalVnd)}).`,
        "AMOUNT_OVER_TOTAL",
      );
    }
    if (input.collectedAt.getTime() > now.getTime() + CASH_CLOCK_SKEW_MS) {
      throw badRequest("Ngày thu tiền không được sau hôm nay.", "IN_FUTURE");
    }
    if (input.collectedAt < order.createdAt) {
      throw badRequest(
        `Ngày thu tiền không được trước ngày đặt đơn (${formatDateVn(order.createdAt)}).`,
        "BEFORE_ORDER",
      );
    }

    if (
      order.codCollectedAt &&
      order.codCollectedVnd === input.amountVnd &&
      vietnamDay(order.codCollectedAt) === vietnamDay(input.collectedAt)
    ) {
      return {
        code: order.code,
        codCollectedVnd: order.codCollectedVnd,
        codCollectedAt: order.codCollectedAt,
        changed: false,
      };
    }

    await tx.order.update({
      where: { id: found.id },
      data: { codCollectedVnd: input.amountVnd, codCollectedAt: input.collectedAt },
    });
    await appendAudit(tx, {
      actorId: shopActor.id,
      actorRole: shopActor.role,
      action: order.codCollectedAt ? "order.cod_collected_corrected" : "order.cod_collected",
      entityType: "Order",
      entityId: found.id,
      data: {
        shopId: found.shopId,
        orderCode: order.code,
        amountVnd: input.amountVnd,
        collectedAt: input.collectedAt.toISOString(),
        previous: order.codCollectedAt
          ? { amountVnd: order.codCollectedVnd, collectedAt: order.codCollectedAt.toISOString() }
          : null,
      },
    });
    return {
      code: order.code,
      codCollectedVnd: input.amountVnd,
      codCollectedAt: input.collectedAt,
      changed: true,
    };
  }, ORDER_TX);
}
