import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { ratingsMessages } from "~/modules/ratings/messages";
import { SellerRatingsPage } from "~/modules/ratings/seller-ratings-page";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: ratingsMessages(await getLocale()).pageTitle };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("shop:manage", "/seller/ratings");
  return <SellerRatingsPage searchParams={await searchParams} />;
}
