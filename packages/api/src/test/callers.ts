import type { Db, User } from "@cho-phien/db";
import { ordersRouter } from "../routers/orders";
import { ratingsRouter } from "../routers/ratings";
import { createCallerFactory, createTRPCRouter } from "../trpc";

// Only the routers these tests exercise, so a half-edited router elsewhere in the tree cannot break them.
const router = createTRPCRouter({ orders: ordersRouter, ratings: ratingsRouter });
const factory = createCallerFactory(router);

/** Calls procedures as `user` (null = a guest), through the real middleware ladder and error mapping. */
export function callerAs(db: Db, user: Pick<User, "id" | "name" | "role" | "phoneNumber"> | null) {
  return factory({
    db,
    user: user
      ? { id: user.id, name: user.name, role: user.role, phoneNumber: user.phoneNumber ?? null }
      : null,
    headers: new Headers(),
  });
}
