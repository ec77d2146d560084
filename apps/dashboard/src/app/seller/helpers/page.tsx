import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { HelpersPage } from "~/modules/helpers/helpers-page";
import { helpersMessages } from "~/modules/helpers/messages";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: helpersMessages(await getLocale()).pageTitle };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("shop:manage", "/seller/helpers");
  return <HelpersPage searchParams={await searchParams} />;
}
