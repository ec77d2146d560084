import { normalizeVnPhone } from "@cho-phien/validators/phone";
import { cancelOrderByBuyer } from "../services/orders/cancel-order";
import { getOrderDetail } from "../services/orders/get-order-detail";
import { listBuyerOrders } from "../services/orders/list-buyer-orders";
import type { OrderViewer } from "../services/orders/order-access";
import {
  ZCancelOrderInput,
  ZListOrdersInput,
  ZMarkTransferReceivedInput,
  ZOrderLookupInput,
  ZSellerAdvanceInput,
} from "../services/orders/order-schemas";
import { sellerAdvanceOrder } from "../services/orders/seller-advance-order";
import { listPendingTransfers } from "../services/payments/list-pending-transfers";
import { markTransferReceived } from "../services/payments/mark-transfer-received";
import type { Context } from "../trpc";
import { authedProcedure, createTRPCRouter, permittedProcedure, publicProcedure } from "../trpc";

/**
 * Signed-in buyers see their orders by account; anyone else needs the code and the phone number the order
 * was placed with. (A signed-in buyer may still give a phone for an order placed as a guest.)
 */
function viewerOf(ctx: Context, phone?: string): OrderViewer {
  return {
    userId: ctx.user?.id ?? null,
    phone: phone ?? null,
  };
}

/** The actor recorded in the audit log and status timeline. */
function actorOf(ctx: Context) {
  return { id: ctx.user?.id ?? null, role: ctx.user?.role ?? "guest" };
}

export const ordersRouter = createTRPCRouter({
  /** The signed-in buyer's order history, newest first. */
  list: authedProcedure
    .input(ZListOrdersInput)
    .query(({ ctx, input }) => listBuyerOrders(ctx.db, { buyerId: ctx.user.id, ...input })),

  /** One order with its timeline, shipment and items; NOT_FOUND unless it is the caller's. */
  byCode: publicProcedure
    .input(ZOrderLookupInput)
    .query(({ ctx, input }) => getOrderDetail(ctx.db, input.code, viewerOf(ctx, input.phone))),

  /** The buyer cancels before the parcel leaves the farm; stock goes back on sale. */
  cancel: publicProcedure.input(ZCancelOrderInput).mutation(({ ctx, input }) =>
    cancelOrderByBuyer(ctx.db, {
      code: input.code,
      viewer: viewerOf(ctx, input.phone),
      actor: actorOf(ctx),
      reason: input.reason,
    }),
  ),

  /** The farm (owner or helper) moves its order: accepted, packed, shipped (tracking code), delivered. */
  sellerAdvance: permittedProcedure("shop:manage")
    .input(ZSellerAdvanceInput)
    .mutation(({ ctx, input }) =>
      sellerAdvanceOrder(ctx.db, { ...input, actor: { id: ctx.user.id, role: ctx.user.role } }),
    ),

  /** Bank transfers still awaited (admin compares them with the bank statement). */
  pendingTransfers: permittedProcedure("payment:confirm").query(({ ctx }) => listPendingTransfers(ctx.db)),

  /** An admin saw the transfer arrive: payment paid, orders go to the farms. Idempotent. */
  markTransferReceived: permittedProcedure("payment:confirm")
    .input(ZMarkTransferReceivedInput)
    .mutation(({ ctx, input }) =>
      markTransferReceived(ctx.db, {
        checkoutCode: input.checkoutCode,
        actor: { id: ctx.user.id, role: ctx.user.role },
      }),
    ),
});

/** For pages that keep a guest's phone in a cookie: the normalised number, or null if it is not valid. */
export function guestPhoneFromCookie(value: string | undefined): string | null {
  return value ? normalizeVnPhone(value) : null;
}
