import type { DbTx } from "@cho-phien/db";
import type { TPlaceOrderInput } from "@cho-phien/validators/checkout";
import { formatVnd, MAX_CHECKOUT_TOTAL_VND } from "@cho-phien/validators/money";
import { badRequest, conflict, DomainError } from "../../errors";
import { isPublicProduct } from "../catalog/public-product";
import type { ShippingOption, ShippingProvider } from "../shipping/shipping-provider";
import { soldOut } from "../stock/sold-out";
import { priceShipments } from "./price-shipments";

export interface PlannedLine {
  productId: string;
  title: string;
  unit: string;
  priceVnd: number;
  quantity: number;
  weightGrams: number;
  lineVnd: number;
}

export interface PlannedShopOrder {
  shop: { id: string; name: string; phone: string | null };
  lines: PlannedLine[];
  itemsTotalVnd: number;
  weightGrams: number;
  shipping: ShippingOption;
}

export interface OrderPlan {
  shops: PlannedShopOrder[];
  itemsTotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
}

export interface PriceChange {
  productId: string;
  title: string;
  seenVnd: number;
  currentVnd: number;
}

/**
 * Checks the lines the buyer saw against the catalog and prices each farm's parcel, before any row is
 * written. Every refusal here is cheap; the transaction re-checks what can change meanwhile (cart, price,
 * approval, stock) in its conditional writes.
 */
export async function planOrder(
  db: DbTx,
  input: Pick<TPlaceOrderInput, "lines" | "address" | "carriers">,
  shipping: ShippingProvider,
): Promise<OrderPlan> {
  const products = await db.product.findMany({
    where: { id: { in: input.lines.map((l) => l.productId) } },
    select: {
      id: true,
      title: true,
      unit: true,
      priceVnd: true,
      weightGrams: true,
      stock: true,
      maxPerOrder: true,
      listingStatus: true,
      shop: {
        select: {
          id: true,
          name: true,
          phone: true,
          provinceCode: true,
          freeShippingThresholdVnd: true,
          active: true,
        },
      },
    },
  });
  const byId = new Map(products.map((p) => [p.id, p]));

  const changes: PriceChange[] = [];
  for (const line of input.lines) {
    const p = byId.get(line.productId);
    if (!p)
      throw new DomainError("NOT_FOUND", "Sản phẩm không tồn tại hoặc đã ngừng bán", "PRODUCT_UNAVAILABLE");
    if (!isPublicProduct(p)) {
      throw conflict(`"${p.title}" đã ngừng bán, vui lòng xóa khỏi giỏ hàng`, "PRODUCT_UNAVAILABLE", {
        productId: p.id,
      });
    }
    if (p.priceVnd !== line.priceVnd) {
      changes.push({ productId: p.id, title: p.title, seenVnd: line.priceVnd, currentVnd: p.priceVnd });
    }
  }
  if (changes.length > 0) {
    const list = changes
      .map((c) => `"${c.title}" ${formatVnd(c.seenVnd)} → ${formatVnd(c.currentVnd)}`)
      .join("; ");
    throw conflict(
      `Giá đã thay đổi: ${list}. Vui lòng xem lại giá mới trước khi đặt hàng.`,
      "PRICE_CHANGED",
      {
        prices: changes,
      },
    );
  }

  const groups = new Map<string, { shop: (typeof products)[number]["shop"]; lines: PlannedLine[] }>();
  for (const line of input.lines) {
    const p = byId.get(line.productId)!;
    if (line.quantity > p.maxPerOrder) {
      throw badRequest(
        `Mỗi đơn chỉ mua tối đa ${p.maxPerOrder} ${p.unit} "${p.title}"`,
        "QUANTITY_OVER_LIMIT",
      );
    }
    if (line.quantity > p.stock) throw soldOut(p, p.stock);
    const g = groups.get(p.shop.id) ?? { shop: p.shop, lines: [] };
    g.lines.push({
      productId: p.id,
      title: p.title,
      unit: p.unit,
      priceVnd: p.priceVnd,
      quantity: line.quantity,
      weightGrams: p.weightGrams,
      lineVnd: p.priceVnd * line.quantity,
    });
    groups.set(p.shop.id, g);
  }

  const parcels = [...groups.values()].map((g) => ({
    shopId: g.shop.id,
    shopName: g.shop.name,
    originProvinceCode: g.shop.provinceCode,
    freeShippingThresholdVnd: g.shop.freeShippingThresholdVnd,
    subtotalVnd: g.lines.reduce((n, l) => n + l.lineVnd, 0),
    weightGrams: g.lines.reduce((n, l) => n + l.weightGrams * l.quantity, 0),
  }));
  const priced = await priceShipments(shipping, parcels, input.address.provinceCode, input.carriers, {
    strict: true,
  });

  const shops = [...groups.values()].map((g, i) => ({
    shop: { id: g.shop.id, name: g.shop.name, phone: g.shop.phone },
    lines: g.lines,
    itemsTotalVnd: parcels[i].subtotalVnd,
    weightGrams: parcels[i].weightGrams,
    shipping: priced[i].chosen!,
  }));
  const itemsTotalVnd = shops.reduce((n, s) => n + s.itemsTotalVnd, 0);
  const shippingVnd = shops.reduce((n, s) => n + s.shipping.feeVnd, 0);
  const totalVnd = itemsTotalVnd + shippingVnd;
  if (totalVnd > MAX_CHECKOUT_TOTAL_VND) {
    throw badRequest(
      `Một lần đặt hàng tối đa ${formatVnd(MAX_CHECKOUT_TOTAL_VND)}. Vui lòng giảm số lượng hoặc chia thành nhiều đơn.`,
      "ORDER_TOO_LARGE",
    );
  }
  return { shops, itemsTotalVnd, shippingVnd, totalVnd };
}
