import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { shopsMessages } from "~/modules/shops/messages";
import { OpenShopPage } from "~/modules/shops/open-shop-page";
import { requireUser } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: shopsMessages(await getLocale()).pageTitle };
}

export default async function MoGianHangPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/mo-gian-hang");
  return <OpenShopPage user={user} searchParams={await searchParams} />;
}
