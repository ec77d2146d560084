import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { auditRouter } from "./routers/audit";
import { cartRouter } from "./routers/cart";
import { catalogRouter } from "./routers/catalog";
import { checkoutRouter } from "./routers/checkout";
import { helpersRouter } from "./routers/helpers";
import { listingsRouter } from "./routers/listings";
import { ocopRouter } from "./routers/ocop";
import { ordersRouter } from "./routers/orders";
import { overviewRouter } from "./routers/overview";
import { ratingsRouter } from "./routers/ratings";
import { reviewsRouter } from "./routers/reviews";
import { shopsRouter } from "./routers/shops";
import { uploadsRouter } from "./routers/uploads";
import { usersRouter } from "./routers/users";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/**
 * One router per noun, whoever calls it: buyers, farms, reviewers and admins meet in the same router when
 * they act on the same thing (every order operation is under `orders`). Who may call a procedure is its
 * `meta.access`.
 */
export const appRouter = createTRPCRouter({
  catalog: catalogRouter,
  shops: shopsRouter,
  listings: listingsRouter,
  uploads: uploadsRouter,
  helpers: helpersRouter,
  account: accountRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  orders: ordersRouter,
  ocop: ocopRouter,
  overview: overviewRouter,
  ratings: ratingsRouter,
  reviews: reviewsRouter,
  users: usersRouter,
  admin: adminRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

/** Every procedure's input and output types, for the apps' forms and views. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
