import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { reviewerMessages } from "~/modules/reviewer/messages";
import { ReviewQueue } from "~/modules/reviewer/review-queue";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: reviewerMessages(await getLocale()).queueTitle };
}

export default async function ReviewerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("listing:review", "/reviewer");
  return <ReviewQueue searchParams={await searchParams} />;
}
