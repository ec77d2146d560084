import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { AuditPage } from "~/modules/audit/audit-page";
import { auditMessages } from "~/modules/audit/messages";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: auditMessages(await getLocale()).title };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("user:manage", "/admin/audit");
  return <AuditPage searchParams={await searchParams} />;
}
