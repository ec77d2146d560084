import type { Metadata } from "next";
import { OpenShopPage } from "~/modules/shops/open-shop-page";
import { requireUser } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mở gian hàng" };

export default async function MoGianHangPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/mo-gian-hang");
  return <OpenShopPage user={user} searchParams={await searchParams} />;
}
