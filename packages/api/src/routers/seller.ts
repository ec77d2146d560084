import { ZMyProductsInput } from "@cho-phien/validators/back-office";
import { listMyOrders } from "../services/seller/list-my-orders";
import { listMyProducts } from "../services/seller/list-my-products";
import { listMyShops } from "../services/seller/list-my-shops";
import { ZMyOrdersInput } from "../services/seller/seller-order-schemas";
import { createTRPCRouter, sellerProcedure } from "../trpc";

/**
 * The farmer's back office: shops they own or help with (ShopHelper), those shops' products and orders.
 * Moving an order along is orders.sellerAdvance.
 */
export const sellerRouter = createTRPCRouter({
  myShops: sellerProcedure.query(({ ctx }) => listMyShops(ctx.db, ctx.user.id)),
  myProducts: sellerProcedure
    .input(ZMyProductsInput)
    .query(({ ctx, input }) => listMyProducts(ctx.db, ctx.user.id, input)),
  /** Orders of the managed shops, newest first, filtered by status ("active": the farm's to-do) and shop. */
  myOrders: sellerProcedure
    .input(ZMyOrdersInput)
    .query(({ ctx, input }) => listMyOrders(ctx.db, ctx.user.id, input)),
});
