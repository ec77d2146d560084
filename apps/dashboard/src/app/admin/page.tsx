import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { adminMessages } from "~/modules/admin/messages";
import { UserList } from "~/modules/admin/user-list";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: adminMessages(await getLocale()).usersTitle };
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("user:manage", "/admin");
  return <UserList searchParams={await searchParams} />;
}
