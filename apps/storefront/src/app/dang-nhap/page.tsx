import { SignInForm } from "@cho-phien/ui/sign-in-form";
import { safeLocalPath } from "@cho-phien/validators/safe-path";
import type { Metadata } from "next";
import { getI18n } from "~/i18n/get-i18n";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đăng nhập", robots: { index: false } };

/** Sign-in (phone + one-time code or password). `?next=/p/...` brings the buyer back where they were. */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ t, locale }, sp] = await Promise.all([getI18n(), searchParams]);
  const next = Array.isArray(sp.next) ? sp.next[0] : sp.next;
  return (
    <div className="mx-auto max-w-sm py-4">
      <h1 className="mb-4 text-2xl font-bold">{t.signInTitle}</h1>
      <SignInForm redirectTo={safeLocalPath(next)} locale={locale} />
    </div>
  );
}
