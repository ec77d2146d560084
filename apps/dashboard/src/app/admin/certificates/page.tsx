import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { CertificatesPage } from "~/modules/admin/certificates-page";
import { adminMessages } from "~/modules/admin/messages";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: adminMessages(await getLocale()).certificatesTitle };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("user:manage", "/admin/certificates");
  return <CertificatesPage searchParams={await searchParams} />;
}
