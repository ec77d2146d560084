import { getLogger } from "@cho-phien/config/logger";
import type { Db, OrderStatus, Prisma } from "@cho-phien/db";
import type { TPlaceOrderInput } from "@cho-phien/validators/checkout";
import { badRequest, conflict } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import type { CartOwner } from "../cart/cart-owner";
import { isUniqueViolation } from "../cart/cart-owner";
import { enqueueNotification } from "../notifications/enqueue-notification";
import { getPaymentProvider, type PaymentProvider } from "../payments";
import type { ShippingProvider } from "../shipping/shipping-provider";
import { tableShippingProvider } from "../shipping/table-shipping-provider";
import { reserveStock } from "../stock/reserve-stock";
import { newCheckoutCode, orderCode } from "./checkout-code";
import { type CheckoutRecord, type CheckoutView, findCheckoutRecord, toCheckoutView } from "./checkout-view";
import { type OrderPlan, planOrder } from "./plan-order";

export interface PlaceOrderBuyer {
  /** null for a guest. */
  userId: string | null;
  role?: string | null;
  /** The account's phone (E.164); a guest is reached at the delivery address's phone. */
  phone?: string | null;
}

export interface PlaceOrderArgs {
  buyer: PlaceOrderBuyer;
  /** The caller's own cart (resolveCartOwner); null when a guest has none. */
  cart: CartOwner | null;
  input: TPlaceOrderInput;
  shipping?: ShippingProvider;
  now?: Date;
}

export interface PlaceOrderResult extends CheckoutView {
  /** true when this call repeated an idempotency key and got the checkout placed earlier. */
  replayed: boolean;
}

/**
 * Many buyers queue on the last units of a popular product: let them wait for a connection and for the row
 * lock rather than fail with a pool timeout. Each transaction itself is short.
 */
const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

/**
 * Places the caller's cart as one Checkout split into one Order per farm, paid by one Payment.
 *
 * One transaction writes everything — checkout, orders with copied lines, shipments, payment, status events,
 * audit entries, outbox notifications — clears the cart, and reserves stock last with a conditional
 * decrement per product (`stock >= q`, still approved, still at the price charged). If any decrement matches
 * no row the whole transaction rolls back: no partial order, no stock lost. Taking row locks last keeps
 * them held only until commit.
 *
 * Idempotent on `input.idempotencyKey`: a repeat (including one racing the first) returns the same checkout;
 * the same key with a different body is a CONFLICT. The payment provider is started after commit, never
 * while rows are locked.
 */
export async function placeOrder(db: Db, args: PlaceOrderArgs): Promise<PlaceOrderResult> {
  const { input } = args;
  const provider = getPaymentProvider(input.paymentMethod);
  if (!provider) {
    throw badRequest(
      "Cách thanh toán này hiện chưa dùng được, vui lòng chọn cách khác",
      "PAYMENT_METHOD_UNAVAILABLE",
    );
  }

  const earlier = await findCheckoutRecord(db, { idempotencyKey: input.idempotencyKey });
  if (earlier) return replay(earlier, args);
  if (!args.cart)
    throw conflict("Giỏ hàng đang trống, vui lòng thêm sản phẩm trước khi đặt hàng", "CART_EMPTY");

  const plan = await planOrder(db, input, args.shipping ?? tableShippingProvider);

  for (let attempt = 0; ; attempt++) {
    let outcome: Awaited<ReturnType<typeof writeCheckout>>;
    try {
      outcome = await db.$transaction((tx) => writeCheckout(tx, args, plan, provider), TX_OPTIONS);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // The same key committed by a concurrent call, or (rarely) a random code already taken.
      const raced = await findCheckoutRecord(db, { idempotencyKey: input.idempotencyKey });
      if (raced) return replay(raced, args);
      if (attempt < 3) continue;
      throw e;
    }
    if (outcome.kind === "replay") {
      const record = await findCheckoutRecord(db, { idempotencyKey: input.idempotencyKey });
      return replay(record!, args);
    }
    await startPayment(db, provider, outcome, plan);
    const record = await findCheckoutRecord(db, { id: outcome.checkoutId });
    return { ...toCheckoutView(record!), replayed: false };
  }
}

type Tx = Prisma.TransactionClient;

async function writeCheckout(
  tx: Tx,
  args: PlaceOrderArgs,
  plan: OrderPlan,
  provider: PaymentProvider,
): Promise<{ kind: "placed"; checkoutId: string; code: string; buyerPhone: string } | { kind: "replay" }> {
  const { input, buyer } = args;
  const owner = args.cart!;

  // Lock the cart: a second submit of the same cart (same key or another tab) waits here until this one ends.
  const carts =
    owner.kind === "user"
      ? await tx.$queryRaw<
          { id: string }[]
        >`SELECT "id" FROM "Cart" WHERE "userId" = ${owner.userId} FOR UPDATE`
      : await tx.$queryRaw<
          { id: string }[]
        >`SELECT "id" FROM "Cart" WHERE "guestToken" = ${owner.token} FOR UPDATE`;
  const cartId = carts[0]?.id;
  // The winner of a same-key race committed while we waited for the cart: hand back its checkout.
  if (
    await tx.checkout.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } })
  ) {
    return { kind: "replay" };
  }
  if (!cartId) throw conflict("Giỏ hàng đang trống, vui lòng thêm sản phẩm trước khi đặt hàng", "CART_EMPTY");

  const items = await tx.cartItem.findMany({
    where: { cartId },
    select: { productId: true, quantity: true },
  });
  const inCart = new Map(items.map((i) => [i.productId, i.quantity]));
  const matches =
    items.length === input.lines.length && input.lines.every((l) => inCart.get(l.productId) === l.quantity);
  if (!matches) {
    throw conflict(
      items.length === 0
        ? "Giỏ hàng đang trống hoặc đơn đã được đặt, vui lòng kiểm tra lại"
        : "Giỏ hàng vừa thay đổi (có thể ở một thẻ khác). Vui lòng xem lại trước khi đặt hàng.",
      items.length === 0 ? "CART_EMPTY" : "CART_CHANGED",
    );
  }

  const now = args.now ?? new Date();
  const buyerPhone = (buyer.userId ? buyer.phone : null) ?? input.address.phone;
  const status: OrderStatus = provider.initialOrderStatus;
  const code = newCheckoutCode(now);
  const address = input.address as unknown as Prisma.InputJsonValue;

  const checkout = await tx.checkout.create({
    data: {
      code,
      idempotencyKey: input.idempotencyKey,
      buyerId: buyer.userId,
      buyerPhone,
      paymentMethod: provider.method,
      status,
      itemsTotalVnd: plan.itemsTotalVnd,
      shippingVnd: plan.shippingVnd,
      totalVnd: plan.totalVnd,
      address,
      expiresAt:
        provider.holdMinutes === null ? null : new Date(now.getTime() + provider.holdMinutes * 60_000),
    },
    select: { id: true },
  });

  const actor = { id: buyer.userId, role: buyer.userId ? (buyer.role ?? "buyer") : "guest" };
  for (const [i, s] of plan.shops.entries()) {
    const totalVnd = s.itemsTotalVnd + s.shipping.feeVnd;
    const order = await tx.order.create({
      data: {
        code: orderCode(code, i),
        checkoutId: checkout.id,
        shopId: s.shop.id,
        buyerId: buyer.userId,
        buyerPhone,
        status,
        itemsTotalVnd: s.itemsTotalVnd,
        shippingVnd: s.shipping.feeVnd,
        totalVnd,
        address,
        items: {
          create: s.lines.map((l) => ({
            productId: l.productId,
            title: l.title,
            unit: l.unit,
            priceVnd: l.priceVnd,
            quantity: l.quantity,
            weightGrams: l.weightGrams,
            lineVnd: l.lineVnd,
          })),
        },
        shipment: {
          create: {
            carrier: s.shipping.carrier,
            service: s.shipping.service,
            feeVnd: s.shipping.feeVnd,
            weightGrams: s.weightGrams,
            estimatedDays: s.shipping.estimatedDaysMax,
            // The courier collects goods and shipping in cash; nothing to collect for prepaid orders.
            codAmountVnd: provider.method === "cod" ? totalVnd : 0,
          },
        },
        history: { create: { from: null, to: status, actorId: buyer.userId, note: "Đặt hàng" } },
      },
      select: { id: true, code: true },
    });
    await appendAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "order.created",
      entityType: "Order",
      entityId: order.id,
      data: {
        checkoutCode: code,
        orderCode: order.code,
        shopId: s.shop.id,
        status,
        totalVnd,
        paymentMethod: provider.method,
      },
    });
    await enqueueNotification(tx, {
      topic: "order.placed",
      recipient: buyerPhone,
      payload: { orderCode: order.code, checkoutCode: code, shopName: s.shop.name, status, totalVnd },
    });
    // The farm hears of its new order on the shop's phone, or else its owner's; none on file: nobody to tell.
    const farmPhone =
      s.shop.phone ??
      (
        await tx.shop.findUnique({
          where: { id: s.shop.id },
          select: { owner: { select: { phoneNumber: true } } },
        })
      )?.owner.phoneNumber;
    if (farmPhone) {
      await enqueueNotification(tx, {
        topic: "shop.order_received",
        recipient: farmPhone,
        payload: { orderCode: order.code, status, totalVnd, itemsCount: s.lines.length },
      });
    }
  }

  await tx.payment.create({
    data: { checkoutId: checkout.id, method: provider.method, status: "pending", amountVnd: plan.totalVnd },
  });
  await tx.cartItem.deleteMany({ where: { cartId } });

  // Reserve stock last: the row locks are held for the shortest time.
  await reserveStock(
    tx,
    plan.shops.flatMap((s) => s.lines),
  );
  return { kind: "placed", checkoutId: checkout.id, code, buyerPhone };
}

/**
 * Starts the payment after commit (a Stripe session or a VietQR payload). A failure here leaves the
 * checkout pending — its hold expires and releases stock — rather than losing an order already written.
 */
async function startPayment(
  db: Db,
  provider: PaymentProvider,
  placed: { checkoutId: string; code: string; buyerPhone: string },
  plan: OrderPlan,
): Promise<void> {
  try {
    const start = await provider.start(db, {
      id: placed.checkoutId,
      code: placed.code,
      totalVnd: plan.totalVnd,
      buyerPhone: placed.buyerPhone,
      shippingVnd: plan.shippingVnd,
      lines: plan.shops.flatMap((s) =>
        s.lines.map((l) => ({ title: l.title, quantity: l.quantity, priceVnd: l.priceVnd })),
      ),
    });
    if (start.providerRef || start.redirectUrl || start.qrPayload) {
      await db.payment.update({
        where: { checkoutId: placed.checkoutId },
        data: {
          providerRef: start.providerRef ?? null,
          redirectUrl: start.redirectUrl ?? null,
          qrPayload: start.qrPayload ?? null,
        },
      });
    }
  } catch (e) {
    getLogger().error({ err: e, checkoutCode: placed.code }, "payment start failed");
  }
}

/** A repeated key returns the earlier checkout, but only to the same buyer asking for the same thing. */
function replay(record: CheckoutRecord, args: PlaceOrderArgs): PlaceOrderResult {
  if (!sameRequest(record, args)) {
    throw conflict(
      "Mã phiên đặt hàng này đã được dùng cho một đơn khác. Vui lòng tải lại trang để đặt đơn mới.",
      "IDEMPOTENCY_KEY_REUSED",
    );
  }
  return { ...toCheckoutView(record), replayed: true };
}

function sameRequest(record: CheckoutRecord, args: PlaceOrderArgs): boolean {
  const { input, buyer } = args;
  if (record.buyerId !== buyer.userId || record.paymentMethod !== input.paymentMethod) return false;
  const a = record.address as Record<string, unknown>;
  const b = input.address as Record<string, unknown>;
  const keys = ["recipientName", "phone", "provinceCode", "wardCode", "ward", "street"];
  if (keys.some((k) => a[k] !== b[k])) return false;
  const bought = record.orders
    .flatMap((o) => o.items.map((i) => `${i.productId}:${i.quantity}:${i.priceVnd}`))
    .sort();
  const asked = input.lines.map((l) => `${l.productId}:${l.quantity}:${l.priceVnd}`).sort();
  if (bought.join("|") !== asked.join("|")) return false;
  const carrierOf = new Map(record.orders.map((o) => [o.shop.id, o.shipment?.carrier]));
  return input.carriers.every((c) => carrierOf.get(c.shopId) === c.carrier);
}
