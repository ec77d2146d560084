import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { sellerOrdersMessages } from "~/modules/seller-orders/messages";
import { SellerOrdersPage } from "~/modules/seller-orders/seller-orders-page";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: sellerOrdersMessages(await getLocale()).title };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("shop:manage", "/seller/orders");
  return <SellerOrdersPage searchParams={await searchParams} />;
}
