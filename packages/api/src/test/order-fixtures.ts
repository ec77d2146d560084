import { randomUUID } from "node:crypto";
import type { SessionUser } from "@cho-phien/auth";
import { createDb, type Db, type ListingStatus, type OrderStatus, type PaymentMethod } from "@cho-phien/db";
import { ordersRouter } from "../routers/orders";
import { overviewRouter } from "../routers/overview";
import { createCallerFactory, createTRPCRouter } from "../trpc";
import { contextFor, createTestUser } from "./auth-fixtures";

/**
 * Shops, listings and orders written straight into the database, with any status, payment method, date and
 * COD figures a test needs (going through checkout could not place an order 20 days ago). Unique slugs and
 * codes, so files sharing one database never collide.
 */

const uid = () => randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase();

/** One connection on PGlite (see checkout-fixtures), a small pool on the server. */
export function orderTestDb(): Db {
  return createDb(process.env.DATABASE_URL!, process.env.DB_TARGET === "pglite" ? 1 : 4);
}

// Only the routers these tests exercise, so a half-edited router elsewhere in the tree cannot break them.
const factory = createCallerFactory(createTRPCRouter({ orders: ordersRouter, overview: overviewRouter }));

/** Calls procedures as `user`, through the real middleware ladder and error mapping. */
export function sellerCaller(db: Db, user: SessionUser) {
  return factory(contextFor(db, user));
}

export async function createShopFor(db: Db, owner: SessionUser, name = `Nhà vườn ${uid()}`) {
  return db.shop.create({
    data: {
      slug: `farm-${uid().toLowerCase()}`,
      name,
      provinceCode: "22",
      communeName: "Xã Đại Dực",
      addressLine: "Thôn Khe Vằn",
      phone: "+84901000002",
      ownerId: owner.id,
    },
    select: { id: true, name: true },
  });
}

/** A helper the owner invited, who accepted (or, with `revoked`, was later revoked). */
export async function addHelper(
  db: Db,
  shopId: string,
  owner: SessionUser,
  opts: { revoked?: boolean } = {},
) {
  const helper = await createTestUser(db, { role: "seller", name: "Tổ công nghệ số" });
  await db.shopHelper.create({
    data: {
      shopId,
      userId: helper.id,
      grantedById: owner.id,
      acceptedAt: new Date(),
      revokedAt: opts.revoked ? new Date() : null,
    },
  });
  return helper;
}

let categoryId: string | null = null;
async function category(db: Db): Promise<string> {
  if (categoryId && (await db.category.findUnique({ where: { id: categoryId } }))) return categoryId;
  categoryId = (
    await db.category.create({ data: { slug: `cat-${uid()}`, name: "Gia vị", nameEn: "Spices" } })
  ).id;
  return categoryId;
}

export async function createListing(
  db: Db,
  shopId: string,
  opts: {
    title: string;
    priceVnd?: number;
    stock?: number;
    unit?: string;
    listingStatus?: ListingStatus;
    reviewNote?: string | null;
    revisionSubmittedAt?: Date | null;
  },
) {
  return db.product.create({
    data: {
      shopId,
      categoryId: await category(db),
      slug: `sp-${uid().toLowerCase()}`,
      title: opts.title,
      unit: opts.unit ?? "kg",
      priceVnd: opts.priceVnd ?? 50_000,
      weightGrams: 500,
      stock: opts.stock ?? 100,
      listingStatus: opts.listingStatus ?? "approved",
      reviewNote: opts.reviewNote ?? null,
      submittedAt: opts.listingStatus === "submitted" ? new Date() : null,
      revisionSubmittedAt: opts.revisionSubmittedAt ?? null,
      ...(opts.revisionSubmittedAt ? { pendingRevision: { title: `${opts.title} (mới)` } } : {}),
    },
    select: { id: true, title: true, unit: true, priceVnd: true },
  });
}

export interface OrderSpec {
  shopId: string;
  status: OrderStatus;
  method?: PaymentMethod;
  createdAt?: Date;
  lines: { product: { id: string; title: string; unit: string; priceVnd: number }; quantity: number }[];
  shippingVnd?: number;
  codCollectedVnd?: number | null;
  codCollectedAt?: Date | null;
  /** The address snapshot; a structured Hà Nội address by default. */
  address?: unknown;
}

/** One order of one farm (with its own checkout, payment and shipment), exactly as specified. */
export async function createOrder(db: Db, spec: OrderSpec) {
  const method = spec.method ?? "cod";
  const itemsTotalVnd = spec.lines.reduce((s, l) => s + l.product.priceVnd * l.quantity, 0);
  const shippingVnd = spec.shippingVnd ?? 30_000;
  const totalVnd = itemsTotalVnd + shippingVnd;
  const createdAt = spec.createdAt ?? new Date();
  const code = `CP${uid()}`;
  const address = spec.address ?? {
    recipientName: "Nguyễn Thu Hà",
    phone: "+84912345678",
    provinceCode: "01",
    ward: "Phường Ba Đình",
    street: "12 Phố Điện Biên Phủ",
  };
  const checkout = await db.checkout.create({
    data: {
      code,
      idempotencyKey: randomUUID(),
      buyerPhone: "+84912345678",
      paymentMethod: method,
      status: spec.status === "pending_payment" ? "pending_payment" : "placed",
      itemsTotalVnd,
      shippingVnd,
      totalVnd,
      address: address as object,
      createdAt,
      payment: {
        create: {
          method,
          status: method === "cod" || spec.status === "pending_payment" ? "pending" : "paid",
          amountVnd: totalVnd,
        },
      },
    },
  });
  return db.order.create({
    data: {
      code: `${code}-1`,
      checkoutId: checkout.id,
      shopId: spec.shopId,
      buyerPhone: "+84912345678",
      status: spec.status,
      itemsTotalVnd,
      shippingVnd,
      totalVnd,
      address: address as object,
      codCollectedVnd: spec.codCollectedVnd ?? null,
      codCollectedAt: spec.codCollectedAt ?? null,
      createdAt,
      items: {
        create: spec.lines.map((l) => ({
          productId: l.product.id,
          title: l.product.title,
          unit: l.product.unit,
          priceVnd: l.product.priceVnd,
          quantity: l.quantity,
          weightGrams: 500,
          lineVnd: l.product.priceVnd * l.quantity,
        })),
      },
      shipment: {
        create: {
          carrier: "ghtk",
          feeVnd: shippingVnd,
          weightGrams: 500,
          estimatedDays: 3,
          codAmountVnd: method === "cod" ? totalVnd : 0,
        },
      },
    },
    select: { id: true, code: true, totalVnd: true, createdAt: true },
  });
}
