import { SignInForm } from "@cho-phien/ui/sign-in-form";
import { safeLocalPath } from "@cho-phien/validators/safe-path";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale } from "~/i18n/get-locale";
import { layoutMessages } from "~/modules/layout/messages";
import { getCurrentUser } from "~/server/caller";
import { param, type SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: layoutMessages(await getLocale()).signInTitle };
}

/** Sign-in for farmers, village digital teams, reviewers and admins. `?next=` returns them where they were. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [sp, user, locale] = await Promise.all([searchParams, getCurrentUser(), getLocale()]);
  const next = safeLocalPath(param(sp, "next"));
  if (user) redirect(next);
  const t = layoutMessages(locale);
  return (
    <div className="mx-auto flex max-w-sm flex-col items-center py-4">
      <h1 className="mb-1 self-start text-2xl font-bold">{t.signInTitle}</h1>
      <p className="mb-4 self-start text-base text-stone-600">{t.signInSubtitle}</p>
      <SignInForm redirectTo={next} locale={locale} />
    </div>
  );
}
