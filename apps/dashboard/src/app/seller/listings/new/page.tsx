import type { Metadata } from "next";
import { NewListingPage } from "~/modules/listings/new-listing-page";
import { requirePermission } from "~/server/guard";
import { param, type SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Thêm sản phẩm" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("shop:manage", "/seller/listings/new");
  return <NewListingPage shopId={param(await searchParams, "shop")} />;
}
