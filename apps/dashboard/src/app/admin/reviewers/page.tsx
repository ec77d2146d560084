import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { adminMessages } from "~/modules/admin/messages";
import { ReviewersPage } from "~/modules/admin/reviewers-page";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: adminMessages(await getLocale()).reviewersTitle };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("user:manage", "/admin/reviewers");
  return <ReviewersPage searchParams={await searchParams} />;
}
