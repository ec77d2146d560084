import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { listingsMessages } from "~/modules/listings/messages";
import { NewListingPage } from "~/modules/listings/new-listing-page";
import { requirePermission } from "~/server/guard";
import { param, type SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: listingsMessages(await getLocale()).newTitle };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("shop:manage", "/seller/listings/new");
  return <NewListingPage shopId={param(await searchParams, "shop")} />;
}
