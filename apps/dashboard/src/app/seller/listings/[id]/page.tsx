import type { Metadata } from "next";
import { EditListingPage } from "~/modules/listings/edit-listing-page";
import { requirePermission } from "~/server/guard";
import { param, type SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sửa sản phẩm" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  await requirePermission("shop:manage", `/seller/listings/${encodeURIComponent(id)}`);
  return <EditListingPage productId={id} outcome={param(await searchParams, "ket-qua")} />;
}
