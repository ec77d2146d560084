import Link from "next/link";
import type { Messages } from "~/i18n/dictionary";

export function SiteFooter({ t }: { t: Messages }) {
  return (
    <footer className="mt-10 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-3 py-6 text-sm text-stone-700">
        <p className="font-semibold text-brand-700">{t.siteName}</p>
        <p className="mt-1">{t.footerNote}</p>
        <p className="mt-1">{t.payOnDelivery}</p>
        <p className="mt-3">
          <Link prefetch={false} href="/search" className="inline-flex min-h-11 items-center underline">
            {t.allProducts}
          </Link>
        </p>
      </div>
    </footer>
  );
}
