import type { Metadata } from "next";
import { SellerOrdersPage } from "~/modules/seller-orders/seller-orders-page";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đơn hàng" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("shop:manage", "/seller/orders");
  return <SellerOrdersPage searchParams={await searchParams} />;
}
