import type { Metadata } from "next";
import { UserList } from "~/modules/admin/user-list";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quản trị" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("user:manage", "/admin");
  return <UserList searchParams={await searchParams} />;
}
