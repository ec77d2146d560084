import { SignInForm } from "@cho-phien/ui/sign-in-form";
import { safeLocalPath } from "@cho-phien/validators/safe-path";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "~/server/caller";
import { param, type SearchParams } from "~/server/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đăng nhập" };

/** Sign-in for farmers, village digital teams, reviewers and admins. `?next=` returns them where they were. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [sp, user, jar] = await Promise.all([searchParams, getCurrentUser(), cookies()]);
  const next = safeLocalPath(param(sp, "next"));
  if (user) redirect(next);
  // The storefront's language switch (cookie `locale`) also applies here.
  const locale = jar.get("locale")?.value === "en" ? "en" : "vi";
  return (
    <div className="mx-auto flex max-w-sm flex-col items-center py-4">
      <h1 className="mb-1 self-start text-2xl font-bold">Đăng nhập</h1>
      <p className="mb-4 self-start text-base text-stone-600">Khu vực quản lý của Chợ Phiên</p>
      <SignInForm redirectTo={next} locale={locale} />
    </div>
  );
}
