import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { reviewerMessages } from "~/modules/reviewer/messages";
import { ReviewItemPage } from "~/modules/reviewer/review-item-page";
import { requirePermission } from "~/server/guard";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: reviewerMessages(await getLocale()).queueTitle };
}

export default async function ReviewItemRoute({
  params,
  searchParams,
}: {
  params: Promise<{ productId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { productId } = await params;
  await requirePermission("listing:review", `/reviewer/${encodeURIComponent(productId)}`);
  return <ReviewItemPage productId={productId} searchParams={await searchParams} />;
}
