import { ZOrderCode } from "@cho-phien/validators/orders";
import type { Metadata } from "next";
import { getLocale } from "~/i18n/get-locale";
import { packingSlipMessages } from "~/modules/packing-slip/messages";
import { PackingSlipPage } from "~/modules/packing-slip/packing-slip-page";
import { PAPER_PARAM, parsePaperSize } from "~/modules/packing-slip/paper-size";
import { requirePermission } from "~/server/guard";
import { param, type SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  // Only a well-formed code goes into the title: a crafted link cannot put its words there.
  const code = ZOrderCode.safeParse((await params).code);
  return { title: packingSlipMessages(await getLocale()).pageTitle(code.success ? code.data : "") };
}

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { code } = await params;
  await requirePermission("shop:manage", `/seller/orders/${encodeURIComponent(code)}/phieu-dong-goi`);
  const size = parsePaperSize(param(await searchParams, PAPER_PARAM));
  return <PackingSlipPage code={code} size={size} />;
}
