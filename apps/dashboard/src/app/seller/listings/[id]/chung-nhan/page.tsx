import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "~/i18n/get-locale";
import { CertificateScanPage } from "~/modules/certificate-scan/certificate-scan-page";
import { certificateScanMessages } from "~/modules/certificate-scan/messages";
import { getCaller } from "~/server/caller";
import { requirePermission } from "~/server/guard";
import { param, type SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: certificateScanMessages(await getLocale()).pageTitle };
}

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  await requirePermission("shop:manage", `/seller/listings/${encodeURIComponent(id)}/chung-nhan`);
  const view = await (await getCaller()).listings
    .certificateScan({ productId: id })
    .catch((e: { code?: string }) => {
      if (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST") notFound();
      throw e;
    });
  return <CertificateScanPage view={view} outcome={param(await searchParams, "ket-qua")} />;
}
