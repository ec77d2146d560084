import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { cartRouter } from "./routers/cart";
import { catalogRouter } from "./routers/catalog";
import { checkoutRouter } from "./routers/checkout";
import { ordersRouter } from "./routers/orders";
import { ratingsRouter } from "./routers/ratings";
import { reviewRouter } from "./routers/review";
import { sellerRouter } from "./routers/seller";
import { shopRouter } from "./routers/shop";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/** One router per domain. Buyer-facing: catalog, shop, cart, checkout, orders. Back office: seller, review, admin. */
export const appRouter = createTRPCRouter({
  catalog: catalogRouter,
  shop: shopRouter,
  account: accountRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  orders: ordersRouter,
  seller: sellerRouter,
  review: reviewRouter,
  ratings: ratingsRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
