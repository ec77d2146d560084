import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { sellerMessages } from "~/modules/seller/messages";
import { SellerHome } from "~/modules/seller/seller-home";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: sellerMessages(await getLocale()).title };
}

export default async function SellerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("shop:manage", "/seller");
  return <SellerHome searchParams={await searchParams} />;
}
