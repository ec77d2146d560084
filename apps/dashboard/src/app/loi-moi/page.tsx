import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale } from "~/i18n/get-locale";
import { InvitationsPage } from "~/modules/helpers/invitations-page";
import { helpersMessages } from "~/modules/helpers/messages";
import { signInHref } from "~/server/areas";
import { getCurrentUser } from "~/server/caller";
import type { SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: helpersMessages(await getLocale()).invitationsTitle };
}

/** Any signed-in user (an invited helper may still have a buyer account); anonymous → sign in, then back. */
export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await getCurrentUser())) redirect(signInHref("/loi-moi"));
  return <InvitationsPage searchParams={await searchParams} />;
}
