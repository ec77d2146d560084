import type { OrderStatus } from "@cho-phien/db";
import { z } from "zod";
import { ORDER_TRANSITIONS } from "../orders/order-state-machine";

// Input of seller.myOrders, shared with the dashboard's /seller/orders filters.
// (A candidate for @cho-phien/validators/back-office once that package takes order schemas.)

export const ORDER_STATUSES = Object.keys(ORDER_TRANSITIONS) as [OrderStatus, ...OrderStatus[]];

/** Orders waiting for the farm's next step: the "Cần xử lý" tab a farmer opens first. */
export const ACTIVE_ORDER_STATUSES = [
  "placed",
  "accepted",
  "packed",
  "shipped",
] as const satisfies readonly OrderStatus[];

export const MY_ORDERS_PAGE_SIZE = 20;

export const ZMyOrdersInput = z
  .object({
    /** One status, or "active" for every order the farm still has to act on; omitted = all. */
    status: z.enum([...ORDER_STATUSES, "active"], { error: "Trạng thái đơn không hợp lệ" }).optional(),
    shopId: z
      .string({ error: "Mã gian hàng không hợp lệ" })
      .min(1, { error: "Mã gian hàng không hợp lệ" })
      .max(64, { error: "Mã gian hàng không hợp lệ" })
      .optional(),
    page: z.coerce
      .number({ error: "Số trang không hợp lệ" })
      .int({ error: "Số trang không hợp lệ" })
      .min(1, { error: "Số trang không hợp lệ" })
      .max(1000, { error: "Số trang tối đa là 1000" })
      .default(1),
  })
  // The whole input may be omitted and the inner defaults still apply.
  .prefault({});
export type TMyOrdersInput = z.input<typeof ZMyOrdersInput>;
