import {
  ZCancelOrderInput,
  ZListOrdersInput,
  ZMarkTransferReceivedInput,
  ZOrderLookupInput,
  ZRecordCashCollectedInput,
  ZSellerAdvanceInput,
  ZSellerDeclineInput,
  ZSellerOrderInput,
  ZSellerOrdersInput,
} from "@cho-phien/validators/orders";
import { actorOf } from "../actor";
import { guardGuestOrderLookup } from "../services/limits/guest-order-lookup";
import { cancelOrderByBuyer } from "../services/orders/cancel-order";
import { getOrderDetail } from "../services/orders/get-order-detail";
import { getSellerOrder } from "../services/orders/get-seller-order";
import { listBuyerOrders } from "../services/orders/list-buyer-orders";
import { listSellerOrders } from "../services/orders/list-seller-orders";
import type { OrderViewer } from "../services/orders/order-access";
import { recordCashCollected } from "../services/orders/record-cash-collected";
import { sellerAdvanceOrder } from "../services/orders/seller-advance-order";
import { sellerDeclineOrder } from "../services/orders/seller-decline-order";
import { listPendingTransfers } from "../services/payments/list-pending-transfers";
import { markTransferReceived } from "../services/payments/mark-transfer-received";
import type { Context } from "../trpc";
import {
  authedProcedure,
  createTRPCRouter,
  permittedProcedure,
  publicProcedure,
  sellerProcedure,
} from "../trpc";

/**
 * Signed-in buyers see their orders by account; anyone else needs the code and the phone number the order
 * was placed with. (A signed-in buyer may still give a phone for an order placed as a guest.)
 */
function viewerOf(ctx: Context, phone?: string): OrderViewer {
  return { userId: ctx.user?.id ?? null, phone: phone ?? null };
}

/**
 * Every order operation, whoever takes it: the buyer (history, detail, cancel), the farm (its order list and
 * next steps) and the admin (bank transfers to confirm). Who may call each is its procedure's `meta.access`.
 */
export const ordersRouter = createTRPCRouter({
  /** The signed-in buyer's order history, newest first. */
  list: authedProcedure
    .input(ZListOrdersInput)
    .query(({ ctx, input }) => listBuyerOrders(ctx.db, { buyerId: ctx.user.id, ...input })),

  /** One order with its timeline, shipment and items; NOT_FOUND unless it is the caller's. */
  byCode: publicProcedure
    .input(ZOrderLookupInput)
    .query(({ ctx, input }) =>
      guardGuestOrderLookup(ctx.db, ctx.headers, input.code, () =>
        getOrderDetail(ctx.db, input.code, viewerOf(ctx, input.phone)),
      ),
    ),

  /** The buyer cancels before the parcel leaves the farm; stock goes back on sale. */
  cancel: publicProcedure.input(ZCancelOrderInput).mutation(({ ctx, input }) =>
    guardGuestOrderLookup(ctx.db, ctx.headers, input.code, () =>
      cancelOrderByBuyer(ctx.db, {
        code: input.code,
        viewer: viewerOf(ctx, input.phone),
        actor: actorOf(ctx.user),
        reason: input.reason,
      }),
    ),
  ),

  /** Orders of the shops the caller manages, newest first, by status ("active": the farm's to-do) and shop. */
  forSeller: sellerProcedure
    .input(ZSellerOrdersInput)
    .query(({ ctx, input }) => listSellerOrders(ctx.db, ctx.user, input)),

  /** The farm (owner or helper) moves its order: accepted, packed, shipped (tracking code), delivered. */
  sellerAdvance: sellerProcedure
    .input(ZSellerAdvanceInput)
    .mutation(({ ctx, input }) => sellerAdvanceOrder(ctx.db, { ...input, actor: ctx.user })),

  /** The farm declines or cancels its order before shipping, with a reason for the buyer; stock goes back. */
  sellerDecline: sellerProcedure
    .input(ZSellerDeclineInput)
    .mutation(({ ctx, input }) => sellerDeclineOrder(ctx.db, { ...input, actor: ctx.user })),

  /** One order of a shop the caller manages, by code (the packing slip); NOT_FOUND for another farm's. */
  sellerByCode: sellerProcedure
    .input(ZSellerOrderInput)
    .query(({ ctx, input }) => getSellerOrder(ctx.db, ctx.user, input.code)),

  /** The farm records the cash the carrier handed over for a delivered COD order; a new figure replaces it. */
  recordCashCollected: sellerProcedure
    .input(ZRecordCashCollectedInput)
    .mutation(({ ctx, input }) => recordCashCollected(ctx.db, ctx.user, input)),

  /** Bank transfers still awaited (admin compares them with the bank statement). */
  pendingTransfers: permittedProcedure("payment:confirm").query(({ ctx }) => listPendingTransfers(ctx.db)),

  /** An admin saw the transfer arrive: payment paid, orders go to the farms. Idempotent. */
  markTransferReceived: permittedProcedure("payment:confirm")
    .input(ZMarkTransferReceivedInput)
    .mutation(({ ctx, input }) =>
      markTransferReceived(ctx.db, { checkoutCode: input.checkoutCode, actor: ctx.user }),
    ),
});
