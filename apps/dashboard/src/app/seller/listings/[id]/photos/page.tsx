import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "~/i18n/get-locale";
import { ListingPhotosPage } from "~/modules/photos/listing-photos-page";
import { photosMessages } from "~/modules/photos/messages";
import { getCaller } from "~/server/caller";
import { requirePermission } from "~/server/guard";
import { param, type SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: photosMessages(await getLocale()).pageTitle };
}

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  await requirePermission("shop:manage", `/seller/listings/${encodeURIComponent(id)}/photos`);
  const view = await (await getCaller()).uploads
    .forListing({ productId: id })
    .catch((e: { code?: string }) => {
      if (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST") notFound();
      throw e;
    });
  return <ListingPhotosPage view={view} outcome={param(await searchParams, "ket-qua")} />;
}
