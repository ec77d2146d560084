import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { EditListingPage } from "~/modules/listings/edit-listing-page";
import { listingsMessages } from "~/modules/listings/messages";
import { requirePermission } from "~/server/guard";
import { param, type SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: listingsMessages(await getLocale()).editTitle };
}

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
