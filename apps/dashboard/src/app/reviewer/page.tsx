import type { Metadata } from "next";
import { ReviewQueue } from "~/modules/reviewer/review-queue";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tin chờ duyệt" };

export default async function ReviewerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("listing:review", "/reviewer");
  return <ReviewQueue searchParams={await searchParams} />;
}
