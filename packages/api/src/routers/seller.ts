import { ZMyProductsInput } from "@cho-phien/validators/back-office";
import { listMyProducts } from "../services/seller/list-my-products";
import { listMyShops } from "../services/seller/list-my-shops";
import { createTRPCRouter, sellerProcedure } from "../trpc";

/** The farmer's back office: shops they own or help with (ShopHelper), and those shops' products. */
export const sellerRouter = createTRPCRouter({
  myShops: sellerProcedure.query(({ ctx }) => listMyShops(ctx.db, ctx.user.id)),
  myProducts: sellerProcedure
    .input(ZMyProductsInput)
    .query(({ ctx, input }) => listMyProducts(ctx.db, ctx.user.id, input)),
});
