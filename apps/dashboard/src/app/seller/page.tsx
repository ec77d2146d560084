import type { Metadata } from "next";
import { SellerHome } from "~/modules/seller/seller-home";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gian hàng của tôi" };

export default async function SellerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("shop:manage", "/seller");
  return <SellerHome searchParams={await searchParams} />;
}
