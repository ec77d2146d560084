import type { Metadata } from "next";
import { HelpersPage } from "~/modules/helpers/helpers-page";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Người giúp" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("shop:manage", "/seller/helpers");
  return <HelpersPage searchParams={await searchParams} />;
}
