import { randomUUID } from "node:crypto";
import type { SessionUser } from "@cho-phien/auth";
import { createDb, type Db, type ListingStatus } from "@cho-phien/db";
import type { TAddress } from "@cho-phien/validators/address";
import { CART_COOKIE } from "@cho-phien/validators/cart";
import type { TPlaceOrderInput } from "@cho-phien/validators/checkout";
import { DomainError } from "../errors";
import { createCaller } from "../root";
import type { CartView } from "../services/cart/cart-view";
import { mintGuestToken } from "../services/cart/guest-cart-cookie";
import type { Context } from "../trpc";
import { createTestUser } from "./auth-fixtures";

/**
 * Farms, products, buyers and callers for cart and checkout tests. Everything gets unique slugs and ids, so
 * files sharing one database never collide, and counts are taken as differences.
 */

/**
 * A pool big enough for the concurrency tests on the server (200 callers queue on 20 connections).
 * On PGlite one connection: pglite-socket 0.2.17 interleaves the extended-protocol messages of concurrent
 * connections outside transactions ('portal "" does not exist'), and PGlite runs one query at a time anyway,
 * so callers still race each other in the service code, just not inside the database.
 */
export function checkoutTestDb(poolSize = 20): Db {
  return createDb(process.env.DATABASE_URL!, process.env.DB_TARGET === "pglite" ? 1 : poolSize);
}

const uid = () => randomUUID().slice(0, 8);

export async function createFarm(
  db: Db,
  opts: {
    provinceCode?: string;
    name?: string;
    freeShippingThresholdVnd?: number | null;
    active?: boolean;
  } = {},
) {
  const owner = await createTestUser(db, { role: "seller" });
  const slug = `farm-${uid()}`;
  return db.shop.create({
    data: {
      slug,
      name: opts.name ?? `Nhà vườn ${slug}`,
      provinceCode: opts.provinceCode ?? "22",
      communeName: "Xã Đại Dực",
      ownerId: owner.id,
      phone: "+84901000002",
      freeShippingThresholdVnd: opts.freeShippingThresholdVnd ?? null,
      active: opts.active ?? true,
    },
  });
}

let categoryId: string | null = null;
async function ensureCategory(db: Db): Promise<string> {
  if (categoryId && (await db.category.findUnique({ where: { id: categoryId } }))) return categoryId;
  const slug = `cat-${uid()}`;
  categoryId = (await db.category.create({ data: { slug, name: "Gia vị", nameEn: "Spices" } })).id;
  return categoryId;
}

export async function createProduct(
  db: Db,
  shopId: string,
  opts: {
    title?: string;
    priceVnd?: number;
    stock?: number;
    weightGrams?: number;
    maxPerOrder?: number;
    listingStatus?: ListingStatus;
  } = {},
) {
  const slug = `sp-${uid()}`;
  return db.product.create({
    data: {
      shopId,
      categoryId: await ensureCategory(db),
      slug,
      title: opts.title ?? `Ớt chào mào ${slug}`,
      unit: "kg",
      priceVnd: opts.priceVnd ?? 50_000,
      weightGrams: opts.weightGrams ?? 500,
      stock: opts.stock ?? 100,
      maxPerOrder: opts.maxPerOrder ?? 50,
      listingStatus: opts.listingStatus ?? "approved",
      approvedAt: new Date(),
    },
  });
}

export function createBuyer(db: Db): Promise<SessionUser> {
  return createTestUser(db, { role: "buyer" });
}

/** A request context: a signed-in user and/or a guest-cart cookie, with response headers to read back. */
export function requestContext(
  db: Db,
  opts: { user?: SessionUser | null; cartToken?: string | null } = {},
): Context {
  const headers = new Headers();
  if (opts.cartToken) headers.set("cookie", `theme=light; ${CART_COOKIE}=${opts.cartToken}`);
  return { db, user: opts.user ?? null, headers, resHeaders: new Headers() };
}

/** A guest with a cart cookie (as after their first add). */
export function guest(db: Db, token = mintGuestToken()) {
  const ctx = requestContext(db, { cartToken: token });
  return { token, ctx, api: createCaller(ctx) };
}

export function signedIn(db: Db, user: SessionUser, cartToken?: string) {
  const ctx = requestContext(db, { user, cartToken });
  return { ctx, api: createCaller(ctx) };
}

/** Picked from the official list as the checkout form does: the code, with the official name it stands for. */
export const HANOI_ADDRESS: TAddress = {
  recipientName: "Nguyễn Thu Hà",
  phone: "0912345678",
  provinceCode: "01",
  wardCode: "00004",
  ward: "Phường Ba Đình",
  street: "12 Phố Điện Biên Phủ",
};

/** The lines exactly as a checkout page rendering `cart` would post them. */
export function seenLines(cart: CartView): TPlaceOrderInput["lines"] {
  return cart.groups.flatMap((g) =>
    g.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, priceVnd: l.priceVnd })),
  );
}

export function placeInput(cart: CartView, over: Partial<TPlaceOrderInput> = {}): TPlaceOrderInput {
  return {
    idempotencyKey: randomUUID(),
    address: HANOI_ADDRESS,
    paymentMethod: "cod",
    carriers: [],
    lines: seenLines(cart),
    ...over,
  };
}

/** Row counts of every table a checkout writes, for "nothing partial was left behind" assertions. */
export async function checkoutRowCounts(db: Db) {
  const [checkout, order, orderItem, shipment, payment, orderStatusEvent, auditLog, outboxMessage] =
    await Promise.all([
      db.checkout.count(),
      db.order.count(),
      db.orderItem.count(),
      db.shipment.count(),
      db.payment.count(),
      db.orderStatusEvent.count(),
      db.auditLog.count(),
      db.outboxMessage.count(),
    ]);
  return { checkout, order, orderItem, shipment, payment, orderStatusEvent, auditLog, outboxMessage };
}

/** The tRPC error's code, reason and details, or null when the promise resolved. */
export async function failure(p: Promise<unknown>) {
  try {
    await p;
    return null;
  } catch (e) {
    // A tRPC caller wraps the DomainError (cause); a service called directly throws it as is.
    const err = e as {
      code?: string;
      kind?: string;
      message: string;
      reason?: string;
      details?: Record<string, unknown>;
    };
    const domain =
      e instanceof DomainError
        ? e
        : err instanceof Error && err.cause instanceof DomainError
          ? err.cause
          : null;
    return {
      code: err.code ?? domain?.kind,
      message: err.message,
      reason: domain?.reason,
      details: domain?.details,
    };
  }
}
